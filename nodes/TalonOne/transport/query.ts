/**
 * Query strings as Talon.One's OpenAPI documents describe them (`style: form`): a list repeats the
 * parameter once per value (`?id=a&id=b`, OpenAPI's default), or, where a parameter says
 * `explode: false`, is sent once with the values separated by commas (`?id=a,b`).
 */

/** A list sent once, its values separated by commas; a comma inside a value would split it, so none may have one. */
export interface CommaSeparated {
	commaSeparated: readonly string[];
}

export type QueryValue = string | readonly string[] | CommaSeparated;

export type QueryValues = Record<string, QueryValue>;

/** Percent-encoded as a form does it (a space becomes `+`), like the rest of the query. */
const encode = (text: string): string => new URLSearchParams([['', text]]).toString().slice(1);

function pairs(name: string, value: QueryValue): string[] {
	if (typeof value === 'string') return [`${encode(name)}=${encode(value)}`];
	if ('commaSeparated' in value) return [`${encode(name)}=${value.commaSeparated.map(encode).join(',')}`];
	return value.map((entry) => `${encode(name)}=${encode(entry)}`);
}

/** `?a=1&b=2`, or empty without parameters. */
export function queryString(query: QueryValues | undefined): string {
	const text = Object.entries(query ?? {}).flatMap(([name, value]) => pairs(name, value)).join('&');
	return text ? `?${text}` : '';
}
