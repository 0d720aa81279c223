type Path = Array<string | number>;

/** How deep lists and objects may nest in one free-form value (an attribute); sending deeper ones would overflow the stack. */
export const maxJsonDepth = 64;

export type JsonProblem = { kind: 'tooDeep'; path: Path } | { kind: 'notFinite'; path: Path };

/**
 * The first part of a value that JSON cannot carry as it is: nesting deeper than `maxJsonDepth`
 * (reported at the value itself), or NaN and ±Infinity, which JSON.stringify would turn into null.
 * Walks with its own stack, so a value of any depth is safe to check.
 */
export function findJsonProblem(value: unknown): JsonProblem | undefined {
	const stack: Array<{ value: unknown; path: Path }> = [{ value, path: [] }];
	while (stack.length) {
		const next = stack.pop()!;
		const current = toJson(next.value);
		if (typeof current === 'number' && !Number.isFinite(current)) return { kind: 'notFinite', path: next.path };
		if (current === null || typeof current !== 'object') continue;
		if (next.path.length >= maxJsonDepth) return { kind: 'tooDeep', path: [] };
		const entries: Array<[string | number, unknown]> = Array.isArray(current) ? current.map((entry, i) => [i, entry]) : Object.entries(current);
		for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i][1], path: [...next.path, entries[i][0]] });
	}
	return undefined;
}

/** What JSON.stringify sends for a value with a toJSON method (a Date, a Luxon DateTime). */
function toJson(value: unknown): unknown {
	const withToJson = value as { toJSON?: () => unknown } | null;
	return withToJson && typeof withToJson === 'object' && typeof withToJson.toJSON === 'function' ? withToJson.toJSON() : value;
}
