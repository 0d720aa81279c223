/** Helpers and constants every resource's state uses. */

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

/** An empty Loyalty object. */
export const emptyLoyalty = (): Obj => ({ programs: {} });
