/** Helpers and constants every resource's state uses. */
import type { HandlerContext } from '../handler';

export type Obj = Record<string, any>;

export const ACCOUNT_ID = 1;

export const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Adds `value` to the set at `key` (a one-to-many index). */
export function addToIndex<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
	let set = map.get(key);
	if (!set) {
		set = new Set();
		map.set(key, set);
	}
	set.add(value);
}

/** Removes `value` from the set at `key`, and the key once its set is empty. */
export function removeFromIndex<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
	const set = map.get(key);
	if (!set) return;
	set.delete(value);
	if (set.size === 0) map.delete(key);
}

/**
 * A list filter of the query (several campaign IDs, subledgers, ...): true when it is not given or
 * the value is one of its entries, compared as text (the query's values are text).
 */
export function inFilter(wanted: unknown, value: unknown): boolean {
	if (wanted === undefined) return true;
	return (Array.isArray(wanted) ? wanted : [wanted]).map(String).includes(String(value));
}

/** An empty Loyalty object. */
export const emptyLoyalty = (): Obj => ({ programs: {} });

/** The records of one page as Talon.One lists them (`pageSize` and `skip`; the whole list when not paged). */
export function pageOf<T>(records: readonly T[], query: Record<string, any>): { totalResultSize: number; data: T[] } {
	const skip = Number(query.skip ?? 0);
	const pageSize = query.pageSize === undefined ? records.length : Number(query.pageSize);
	return { totalResultSize: records.length, data: records.slice(skip, skip + pageSize) };
}

/** A page of a list that does not count its records (`no_total` endpoints, audiences): `hasMore` instead. */
export function pageWithoutTotal<T>(records: readonly T[], query: Record<string, any>): { hasMore: boolean; data: T[] } {
	const { data } = pageOf(records, query);
	return { hasMore: Number(query.skip ?? 0) + data.length < records.length, data };
}

/** Whether `text` contains `search`, ignoring case (Talon.One's name filters). */
export const containsIgnoringCase = (text: string | undefined, search: string): boolean => (text ?? '').toLowerCase().includes(search.toLowerCase());

const CODE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A code not `taken` yet, from a pattern like 'REF-######' ('#' = a random character). */
export function generateCode(ctx: HandlerContext, taken: (code: string) => boolean, fallback: string, pattern?: string, validCharacters?: string[]): string {
	const chars = validCharacters && validCharacters.length ? validCharacters : CODE_CHARS.split('');
	const pat = pattern && pattern.includes('#') ? pattern : fallback;
	for (let attempt = 0; attempt < 50; attempt++) {
		let code = '';
		for (const ch of pat) code += ch === '#' ? chars[Math.floor(ctx.random() * chars.length)] : ch;
		if (!taken(code)) return code;
	}
	let n = 1;
	while (taken(`${pat.replace(/#/g, '')}${n}`)) n++;
	return `${pat.replace(/#/g, '')}${n}`;
}
