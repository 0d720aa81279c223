/** The parts of a request-target: raw pathname (for routing), decoded path, the query parameters. */
export interface ParsedTarget {
	pathname: string;
	decodedPath: string;
	/** A path segment with broken percent-encoding (answered 400). */
	badEncoding: boolean;
	/** The first value of each query parameter. */
	query: Record<string, string>;
	/** Every value of each query parameter, in order (`?id=1&id=2` gives `['1', '2']`). */
	queryValues: Record<string, string[]>;
}

function splitTarget(rawTarget: string): { pathname: string; rawQuery: string } {
	if (!rawTarget.startsWith('/')) {
		try {
			const url = new URL(rawTarget);
			return { pathname: url.pathname, rawQuery: url.search.slice(1) };
		} catch {
			return { pathname: rawTarget, rawQuery: '' };
		}
	}
	const q = rawTarget.indexOf('?');
	return q < 0 ? { pathname: rawTarget, rawQuery: '' } : { pathname: rawTarget.slice(0, q), rawQuery: rawTarget.slice(q + 1) };
}

export function parseTarget(rawTarget: string): ParsedTarget {
	const { pathname, rawQuery: withHash } = splitTarget(rawTarget);
	const hash = withHash.indexOf('#');
	const rawQuery = hash >= 0 ? withHash.slice(0, hash) : withHash;
	let decodedPath = pathname;
	let badEncoding = false;
	try {
		decodedPath = pathname.includes('%') ? pathname.split('/').map(decodeURIComponent).join('/') : pathname;
	} catch {
		badEncoding = true;
	}
	const queryValues: Record<string, string[]> = {};
	if (rawQuery) for (const [k, v] of new URLSearchParams(rawQuery)) (queryValues[k] ??= []).push(v);
	const query = Object.fromEntries(Object.entries(queryValues).map(([k, values]) => [k, values[0]]));
	return { pathname, decodedPath, badEncoding, query, queryValues };
}
