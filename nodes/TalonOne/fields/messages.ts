import type { ZodIssue } from 'zod';
import { InputError } from './inputError';
import type { Field } from './types';

type Path = ReadonlyArray<string | number>;

interface Located {
	/** Outer places, e.g. `cart item 2`. */
	context: string[];
	/** The field's name, e.g. `Price`; empty when the path is a whole object. */
	label: string;
	/** The fields allowed at this place (for unknown-field hints). */
	fields: readonly Field[];
}

function fullPath(field: Field): string[] {
	return [...(field.parent ? field.parent.split('.') : []), field.key];
}

/** Turns a request path such as `customerSession.cartItems.1.price` into words a marketer reads. */
export function locate(fields: readonly Field[], path: Path): Located {
	const match = fields.find((f) => fullPath(f).every((segment, i) => path[i] === segment));
	if (!match) {
		const nested = fields.filter((f) => fullPath(f).length > path.length);
		return { context: [], label: path.join('.'), fields: nested };
	}
	const rest = path.slice(fullPath(match).length);
	if (rest.length === 0) return { context: [], label: match.displayName, fields: [] };
	const [next, ...tail] = rest;
	if (match.kind === 'objectList' && typeof next === 'number') {
		const inner = locate(match.fields, tail);
		return { ...inner, context: [`${match.itemLabel} ${next + 1}`, ...inner.context] };
	}
	if (typeof next === 'number') return { context: [], label: `${match.displayName} entry ${next + 1}`, fields: [] };
	return { context: [], label: `${match.displayName} "${next}"${tail.length ? ` ${tail.join(' ')}` : ''}`, fields: [] };
}

function show(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return `a list of ${value.length}`;
	if (typeof value === 'object') return 'an object';
	const text = JSON.stringify(value);
	return text.length > 60 ? `${text.slice(0, 57)}..."` : text;
}

function valueAt(data: unknown, path: Path): unknown {
	return path.reduce<unknown>((current, segment) => (current as Record<string | number, unknown> | undefined)?.[segment], data);
}

const expectedWords: Record<string, string> = {
	string: 'text',
	number: 'a number',
	integer: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'an object',
};

function problemOf(issue: ZodIssue, data: unknown, allowed: readonly Field[]): { problem: string; hint?: string } {
	const got = show(valueAt(data, issue.path));
	switch (issue.code) {
		case 'invalid_type':
			if (issue.received === 'undefined') return { problem: 'is required', hint: 'Fill it in.' };
			return { problem: `must be ${expectedWords[issue.expected] ?? issue.expected}, got ${got}` };
		case 'invalid_enum_value':
			return { problem: `must be one of ${issue.options.join(', ')}; got ${got}` };
		case 'too_small':
			if (issue.type === 'string' && Number(issue.minimum) <= 1) return { problem: 'is required and may not be empty', hint: 'Fill it in.' };
			if (issue.type === 'string') return { problem: `must be at least ${issue.minimum} characters, got ${got}` };
			if (issue.type === 'array') return { problem: `needs at least ${issue.minimum} entries, got ${got}` };
			return { problem: `must be at least ${issue.minimum}, got ${got}` };
		case 'too_big':
			if (issue.type === 'string') return { problem: `must be at most ${issue.maximum} characters, got ${got}` };
			if (issue.type === 'array') {
				return { problem: `has ${got.replace('a list of ', '')} entries but Talon.One accepts at most ${issue.maximum}`, hint: 'Split them across several items.' };
			}
			return { problem: `must be at most ${issue.maximum}, got ${got}` };
		case 'invalid_string':
			return { problem: `must be a date and time like 2026-12-24T18:00:00Z, got ${got}` };
		case 'unrecognized_keys':
			return {
				problem: `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
				hint: allowed.length ? `Check the spelling; allowed here: ${allowed.map((f) => f.key).join(', ')}.` : 'Check the spelling.',
			};
		case 'not_finite':
			return { problem: `must be a finite number, got ${got}` };
		default:
			return { problem: `${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}` };
	}
}

export function issueToInputError(
	location: InputError['location'],
	fields: readonly Field[],
	issue: ZodIssue,
	data: unknown,
): InputError {
	const where = locate(fields, issue.path);
	const { problem, hint } = problemOf(issue, data, where.fields);
	return new InputError(location, issue.path, problem, hint);
}

/** "Item 3, cart item 2: Price must be a number, got "abc"" */
export function formatInputError(error: InputError, itemIndex: number, fields: readonly Field[], wholeLabel: string): string {
	const where = locate(fields, error.path);
	const subject = where.label || (where.context.length ? '' : wholeLabel);
	const head = [`Item ${itemIndex + 1}`, ...where.context].join(', ');
	return `${head}: ${subject ? `${subject} ` : ''}${error.problem}`;
}
