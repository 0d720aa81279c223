/**
 * Removes credential secrets from what Talon.One (or a proxy in between) answers, before any of it
 * reaches an output item, an error or n8n's run data.
 *
 * The rule: any run of at least 8 consecutive characters of a secret (the whole secret when it is
 * shorter) is replaced with `[redacted]`. Characters count as what they stand for, so echoes
 * written with escapes are caught too: JSON escapes (`\u0061`, `\/`, `\"`), URL escapes (`%61`)
 * and HTML character references (`&#97;`, `&#x61;`).
 */
export const REDACTED = '[redacted]';
const MIN_RUN = 8;

/** The text with escapes decoded, and where each decoded character's text starts and ends in the original. */
interface Decoded {
	chars: string;
	starts: number[];
	ends: number[];
}

const jsonEscapes: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const escapeStart = /[\\%&]/;

/** The escape at `i`, as [decoded character, length of its text], or undefined when there is none. */
function escapeAt(text: string, i: number): [string, number] | undefined {
	const c = text[i];
	if (c === '\\') {
		const next = text[i + 1];
		if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return [String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)), 6];
		if (next !== undefined && next in jsonEscapes) return [jsonEscapes[next], 2];
	} else if (c === '%') {
		const hex = text.slice(i + 1, i + 3);
		if (/^[0-9a-fA-F]{2}$/.test(hex)) return [String.fromCharCode(parseInt(hex, 16)), 3];
	} else if (c === '&') {
		const match = /^&#(?:(\d{1,7})|[xX]([0-9a-fA-F]{1,6}));/.exec(text.slice(i, i + 12));
		const code = match ? (match[1] !== undefined ? Number(match[1]) : parseInt(match[2], 16)) : NaN;
		if (code <= 0xffff) return [String.fromCharCode(code), match![0].length];
	}
	return undefined;
}

function decode(text: string): Decoded {
	const chars: string[] = [];
	const starts: number[] = [];
	const ends: number[] = [];
	for (let i = 0; i < text.length; ) {
		const [char, length] = escapeAt(text, i) ?? [text[i], 1];
		chars.push(char);
		starts.push(i);
		ends.push(i + length);
		i += length;
	}
	return { chars: chars.join(''), starts, ends };
}

const pairIndex = (first: number, second: number) => ((first & 0xff) << 8) | (second & 0xff);

export class Redactor {
	/** Every run of the minimum length, per run length (the same for all secrets of 8 characters or more). */
	private readonly runs = new Map<number, Set<string>>();
	/** The shortest run length: shorter texts cannot hold one (escapes only make a text longer). */
	private shortest = Infinity;
	/** Character codes that occur in any secret: a window can only match when all of its characters are among them. */
	private readonly secretChars = new Uint8Array(0x10000);
	/** Pairs of adjacent characters in any secret, by `pairIndex` (pairs that share an index are let through). */
	private readonly secretPairs = new Uint8Array(0x10000);

	constructor(secrets: ReadonlyArray<string | undefined>) {
		for (const secret of secrets) {
			if (!secret) continue;
			const size = Math.min(MIN_RUN, secret.length);
			const runs = this.runs.get(size) ?? new Set<string>();
			for (let i = 0; i + size <= secret.length; i++) runs.add(secret.slice(i, i + size));
			this.runs.set(size, runs);
			this.shortest = Math.min(this.shortest, size);
			for (let i = 0; i < secret.length; i++) this.secretChars[secret.charCodeAt(i)] = 1;
			for (let i = 1; i < secret.length; i++) this.secretPairs[pairIndex(secret.charCodeAt(i - 1), secret.charCodeAt(i))] = 1;
		}
	}

	/** The text with every echo of a secret replaced. */
	text(text: string): string {
		if (text.length < this.shortest) return text;
		const escaped = escapeStart.test(text);
		const decoded: Decoded = escaped ? decode(text) : { chars: text, starts: [], ends: [] };
		const covered = this.coveredChars(decoded.chars);
		if (!covered.length) return text;
		let result = '';
		let position = 0;
		for (const [from, to] of covered) {
			const start = escaped ? decoded.starts[from] : from;
			result += text.slice(position, start) + REDACTED;
			position = escaped ? decoded.ends[to - 1] : to;
		}
		return result + text.slice(position);
	}

	/**
	 * `value` for what was just parsed from `json`. JSON text without escapes holds every key and string
	 * exactly as parsed, so when it has no run of a secret either, nothing in the value has one and the
	 * walk (about 3 µs for a session update's answer) is skipped.
	 */
	parsed<T>(value: T, json: string): T {
		if (!escapeStart.test(json) && !this.coveredChars(json).length) return value;
		return this.value(value);
	}

	/** Redacts every string (and every key) of a freshly parsed JSON value in place, and returns it. */
	value<T>(value: T): T {
		if (this.runs.size === 0) return value;
		const walk = (v: unknown): unknown => {
			if (typeof v === 'string') return this.text(v);
			if (v === null || typeof v !== 'object') return v;
			const node = v as Record<string, unknown>;
			for (const key of Object.keys(node)) {
				const child = walk(node[key]);
				const name = this.text(key);
				if (name !== key) delete node[key];
				// A key named __proto__ stays a key; assigning it would set the object's prototype.
				if (name === '__proto__') Object.defineProperty(node, name, { value: child, enumerable: true, writable: true, configurable: true });
				else if (child !== node[name]) node[name] = child;
			}
			return node;
		};
		return walk(value) as T;
	}

	/** Ranges [from, to) of decoded characters that are part of a run of a secret, merged. */
	private coveredChars(chars: string): Array<[number, number]> {
		const ranges: Array<[number, number]> = [];
		// How many characters up to `i` could be part of a secret: each one in a secret, each pair next to each other in one.
		let streak = 0;
		for (let i = 0; i < chars.length; i++) {
			const code = chars.charCodeAt(i);
			if (!this.secretChars[code]) streak = 0;
			else streak = streak > 0 && this.secretPairs[pairIndex(chars.charCodeAt(i - 1), code)] ? streak + 1 : 1;
			if (streak < this.shortest) continue;
			for (const [size, runs] of this.runs) {
				if (streak < size || !runs.has(chars.slice(i + 1 - size, i + 1))) continue;
				const from = i + 1 - size;
				const last = ranges[ranges.length - 1];
				if (last && from <= last[1]) last[1] = Math.max(last[1], i + 1);
				else ranges.push([from, i + 1]);
			}
		}
		return ranges;
	}
}
