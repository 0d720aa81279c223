import type { IDataObject } from 'n8n-workflow';
import { describeLocation } from '../fields/messages';
import type { OperationDefinition } from '../operations/types';
import type { ApiResponse } from '../transport/client';
import type { PlannedRequest } from './plan';
import type { PreparedItem } from './prepare';
import { itemRanges } from './summary';

interface TalonOneProblem {
	source?: { pointer?: unknown };
}

/** `/customerProfiles/536/attributes/tier` as `['customerProfiles', 536, 'attributes', 'tier']` (RFC 6901). */
function segmentsOf(pointer: string): Array<string | number> {
	return pointer
		.split('/')
		.slice(1)
		.map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
		.map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}

/** The item whose entries of a merged list hold position `index`, and the position within the item's own list. */
function ownerOfEntry(items: readonly PreparedItem[], key: string, index: number): { item: PreparedItem; entry: number } | undefined {
	let start = 0;
	for (const item of items) {
		const count = (item.body?.[key] as unknown[] | undefined)?.length ?? 0;
		if (index < start + count) return { item, entry: index - start };
		start += count;
	}
	return undefined;
}

/** Which input item (for a batch) and which field a pointer into the request body refers to, in words. */
function locatePointer(op: OperationDefinition, planned: PlannedRequest, pointer: string): { item?: PreparedItem; where: string } | undefined {
	const fields = op.bodyFields ?? [];
	const segments = segmentsOf(pointer);
	const [head, index, ...rest] = segments;
	const batch = op.batch;
	let item: PreparedItem | undefined;
	let path: Array<string | number>;
	if (batch?.mode === 'wrap') {
		if (head !== batch.key || typeof index !== 'number') return undefined;
		item = planned.items[index];
		path = rest;
	} else if (batch?.mode === 'merge' && head === batch.key && typeof index === 'number') {
		const owner = ownerOfEntry(planned.items, batch.key, index);
		item = owner?.item;
		path = [batch.key, owner?.entry ?? index, ...rest];
	} else {
		path = op.bodyRoot ? [op.bodyRoot, ...segments] : segments;
	}
	const where = describeLocation(fields, path);
	return where ? { item, where } : undefined;
}

/**
 * Talon.One points at the problem with a JSON pointer into the request (`/customerProfiles/536`).
 * Rewritten as the input item and the field (`item 1537, Attributes "tier"`); for a batch, a last
 * line names the item that made Talon.One refuse all the others sent with it.
 */
export function withItemPointers(op: OperationDefinition, planned: PlannedRequest, response: ApiResponse): { response: ApiResponse; batchNote?: string } {
	const body = response.body as { errors?: unknown } | undefined;
	if (!body || typeof body !== 'object' || !Array.isArray(body.errors)) return { response };
	const batched = planned.items.length > 1;
	const culprits = new Set<number>();
	const errors = (body.errors as TalonOneProblem[]).map((problem) => {
		const pointer = problem?.source?.pointer;
		const located = typeof pointer === 'string' && pointer.startsWith('/') ? locatePointer(op, planned, pointer) : undefined;
		if (!located) return problem;
		if (located.item) culprits.add(located.item.itemIndex);
		const where = batched && located.item ? `item ${located.item.itemIndex + 1}, ${located.where}` : located.where;
		return { ...problem, source: { ...problem.source, pointer: where } };
	});
	const rewritten = { ...response, body: { ...(body as IDataObject), errors } };
	if (!batched || culprits.size === 0) return { response: rewritten };
	const many = culprits.size > 1;
	return {
		response: rewritten,
		batchNote:
			`Items ${itemRanges(planned.items.map((i) => i.itemIndex))} went to Talon.One in one request, and Talon.One refused all of them ` +
			`because of item${many ? 's' : ''} ${itemRanges([...culprits])}: correct ${many ? 'them' : 'it'} and run them again.`,
	};
}
