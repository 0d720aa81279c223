/** The query filters Talon.One's coupon and referral lists share. */
import type { Obj } from './shared';

const time = (iso: string) => Date.parse(iso);

/** Lower case without anything but letters and digits: how Talon.One compares codes. */
export const fold = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

interface Dated {
	created: string;
	startDate?: string;
	expiryDate?: string;
	usageLimit: number;
	usageCounter: number;
}

function validity(entry: Dated, now: number): 'expired' | 'validNow' | 'validFuture' {
	if (entry.expiryDate !== undefined && time(entry.expiryDate) <= now) return 'expired';
	if (entry.startDate !== undefined && time(entry.startDate) > now) return 'validFuture';
	return 'validNow';
}

/** Whether `value` (a date) is inside the `after`/`before` bounds that are given. */
export function within(value: string | undefined, after: string | undefined, before: string | undefined): boolean {
	if (after === undefined && before === undefined) return true;
	if (value === undefined) return false;
	return (after === undefined || time(value) > time(after)) && (before === undefined || time(value) < time(before));
}

/** `valid`, `usable`, `createdAfter` and `createdBefore`. */
export function matchesCodeFilters(entry: Dated, q: Obj, now: number): boolean {
	const usable = entry.usageLimit === 0 || entry.usageCounter < entry.usageLimit;
	return (
		(q.valid === undefined || validity(entry, now) === q.valid) &&
		(q.usable === undefined || String(usable) === q.usable) &&
		within(entry.created, q.createdAfter, q.createdBefore)
	);
}

/** `created` ascending, `-created` descending; by id otherwise. */
export function sortBy(sort: string | undefined) {
	const desc = sort?.startsWith('-') ?? false;
	const key = sort ? sort.replace(/^-/, '') : 'id';
	return (a: Obj, b: Obj): number => {
		const order = a[key] === b[key] ? a.id - b.id : a[key] === undefined ? 1 : b[key] === undefined ? -1 : a[key] < b[key] ? -1 : 1;
		return desc ? -order : order;
	};
}
