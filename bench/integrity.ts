/** What the server applied, against the items: lost updates, updates applied twice, per-entity order. */
import type { FakeTalonOne } from '../tools/fake-talon-one';

export interface Integrity {
	lost: number;
	duplicates: number;
	orderViolations: number;
	entitiesOutOfOrder: number;
}

/** The sequence number an applied write carries, for the operations the benchmarks send. */
const seqOf: Record<string, (body: unknown) => number> = {
	updateCustomerSessionV2: (body) => (body as { customerSession: { attributes: { seq: number } } }).customerSession.attributes.seq,
	updateCustomerProfileV2: (body) => (body as { attributes: { seq: number } }).attributes.seq,
};

/** Compares the writes of `operationId` the server applied with the items (sequence numbers 0..count-1). */
export function integrity(srv: FakeTalonOne, operationId: keyof typeof seqOf, count: number): Integrity {
	const applied = new Array<number>(count).fill(0);
	const highest = new Map<string, number>();
	const outOfOrder = new Set<string>();
	let orderViolations = 0;
	for (const write of srv.writes) {
		if (write.operationId !== operationId) continue;
		const seq = seqOf[operationId](write.body);
		applied[seq]++;
		const before = highest.get(write.entityKey) ?? -1;
		// Applied after a later update of the same entity.
		if (seq < before) {
			orderViolations++;
			outOfOrder.add(write.entityKey);
		} else highest.set(write.entityKey, seq);
	}
	return {
		lost: applied.filter((c) => c === 0).length,
		duplicates: applied.filter((c) => c > 1).length,
		orderViolations,
		entitiesOutOfOrder: outOfOrder.size,
	};
}

export function worst(list: Integrity[]): Integrity {
	return {
		lost: Math.max(...list.map((i) => i.lost)),
		duplicates: Math.max(...list.map((i) => i.duplicates)),
		orderViolations: Math.max(...list.map((i) => i.orderViolations)),
		entitiesOutOfOrder: Math.max(...list.map((i) => i.entitiesOutOfOrder)),
	};
}

export const integrityNote = (v: Integrity & { responses429: number }) =>
	`lost ${v.lost.toLocaleString('en-US')}, applied twice ${v.duplicates}, order violations ${v.orderViolations}, 429s ${v.responses429.toLocaleString('en-US')}`;
