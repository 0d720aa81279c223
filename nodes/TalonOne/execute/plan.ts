import type { IDataObject } from 'n8n-workflow';
import type { ApiRequest } from '../transport/client';
import type { BatchSpec, OperationDefinition } from '../operations/types';
import type { PreparedItem } from './prepare';

/** One HTTP request and the input items it carries (several for a batch). */
export interface PlannedRequest {
	items: PreparedItem[];
	request: ApiRequest;
	keys: string[];
}

function keysOf(items: readonly PreparedItem[]): string[] {
	return [...new Set(items.flatMap((item) => (item.entityKey ? [item.entityKey] : [])))];
}

function single(op: OperationDefinition, item: PreparedItem): PlannedRequest {
	const body = op.batch?.mode === 'wrap' ? { [op.batch.key]: [item.body] } : item.body;
	return {
		items: [item],
		request: { method: op.method, path: item.path, template: op.path, query: item.query, body, auth: op.auth, idempotent: op.idempotent, answerIsList: op.answerIsList },
		keys: keysOf([item]),
	};
}

function sizeOf(batch: BatchSpec, item: PreparedItem): number {
	return batch.mode === 'merge' ? (item.body?.[batch.key] as unknown[]).length : 1;
}

/** Items that can share a request: same path and query, the same `sameIn` value and, when merging lists, the same other settings. */
function groupKey(batch: BatchSpec, item: PreparedItem): string {
	const settings = batch.mode === 'merge' ? { ...item.body, [batch.key]: undefined } : {};
	const same = batch.sameIn ? item.body?.[batch.sameIn] : undefined;
	return JSON.stringify([item.path, item.query, same, Object.entries(settings).sort(([a], [b]) => a.localeCompare(b))]);
}

const valueAt = (body: IDataObject | undefined, path: string): unknown =>
	path.split('.').reduce<unknown>((node, key) => (node as IDataObject | undefined)?.[key], body);

function combine(op: OperationDefinition, batch: BatchSpec, items: PreparedItem[]): PlannedRequest {
	const first = items[0];
	const body: IDataObject =
		batch.mode === 'wrap'
			? { [batch.key]: items.map((item) => item.body) }
			: { ...first.body, [batch.key]: items.flatMap((item) => item.body?.[batch.key] as unknown[]) };
	return {
		items,
		request: { method: op.method, path: first.path, template: op.path, query: first.query, body, auth: op.auth, idempotent: op.idempotent, answerIsList: op.answerIsList },
		keys: keysOf(items),
	};
}

/** Splits items into requests: one per item, or batches of at most `batchSize` entries for bulk endpoints. */
export function planRequests(
	op: OperationDefinition,
	items: readonly PreparedItem[],
	batchSize: number | undefined,
): PlannedRequest[] {
	const batch = op.batch;
	if (!batch || batchSize === undefined) return items.map((item) => single(op, item));
	const limit = Math.min(batchSize, batch.maxEntries);
	const open = new Map<string, { items: PreparedItem[]; size: number; unique: Set<unknown> }>();
	// Which open batch holds an entity, so a later change of it is never sent before an earlier one.
	const openGroupOfEntity = new Map<string, string>();
	const planned: PlannedRequest[] = [];
	const flush = (key: string) => {
		const group = open.get(key);
		if (!group) return;
		planned.push(combine(op, batch, group.items));
		open.delete(key);
		for (const item of group.items) if (item.entityKey) openGroupOfEntity.delete(item.entityKey);
	};
	for (const item of items) {
		const key = groupKey(batch, item);
		const size = sizeOf(batch, item);
		const other = item.entityKey ? openGroupOfEntity.get(item.entityKey) : undefined;
		if (other !== undefined && other !== key) flush(other);
		const unique = batch.uniqueIn ? valueAt(item.body, batch.uniqueIn) : undefined;
		const current = open.get(key);
		if (current && (current.size + size > limit || (unique !== undefined && current.unique.has(unique)))) flush(key);
		const group = open.get(key) ?? { items: [], size: 0, unique: new Set() };
		group.items.push(item);
		group.size += size;
		if (unique !== undefined) group.unique.add(unique);
		open.set(key, group);
		if (item.entityKey) openGroupOfEntity.set(item.entityKey, key);
	}
	for (const key of [...open.keys()]) flush(key);
	return planned;
}
