import type { ZodIssue } from 'zod';
import { InputError } from './inputError';
import { maxJsonDepth } from './jsonValue';
import type { Field } from './types';

type Path = ReadonlyArray<string | number>;

interface Located {
	/** Outer places, e.g. `cart item 2`. */
	context: string[];
	/** The field's name, e.g. `Price`; empty when the path is a whole object. */
	label: string;
	/** The fields allowed at this place (for unknown-field hints). */
	fields: readonly Field[];
	/** Whether the path leads to a declared field (otherwise `label` is the raw path). */
	known: boolean;
}

function fullPath(field: Field): string[] {
	return [...(field.parent ? field.parent.split('.') : []), field.key];
}

/** Turns a request path such as `customerSession.cartItems.1.price` into words a marketer reads. */
export function locate(fields: readonly Field[], path: Path): Located {
	const match = fields.find((f) => fullPath(f).every((segment, i) => path[i] === segment));
	if (!match) {
		const nested = fields.filter((f) => fullPath(f).length > path.length);
		return { context: [], label: path.join('.'), fields: nested, known: false };
	}
	const rest = path.slice(fullPath(match).length);
	const found = { context: [], fields: [], known: true };
	if (rest.length === 0) return { ...found, label: match.displayName };
	const [next, ...tail] = rest;
	if (match.kind === 'objectList' && typeof next === 'number') {
		const inner = locate(match.fields, tail);
		return { ...inner, context: [`${match.itemLabel} ${next + 1}`, ...inner.context] };
	}
	if (typeof next === 'number') return { ...found, label: `${match.displayName} entry ${next + 1}` };
	const inside = tail.map((segment) => (typeof segment === 'number' ? `entry ${segment + 1}` : segment));
	return { ...found, label: [`${match.displayName} "${next}"`, ...inside].join(' ') };
}

/** "cart item 2, Price": where a request path points, in words; empty when it is not a declared field. */
export function describeLocation(fields: readonly Field[], path: Path): string {
	const where = locate(fields, path);
	return where.known ? [...where.context, where.label].join(', ') : '';
}

function show(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return `a list of ${value.length}`;
	if (typeof value === 'object') return 'an object';
	if (typeof value !== 'string' && typeof value !== 'boolean' && !(typeof value === 'number' && Number.isFinite(value))) {
		return String(value).slice(0, 60); // NaN, Infinity, bigint, functions: JSON would say "null" or throw
	}
	const text = JSON.stringify(value);
	return text.length > 60 ? `${text.slice(0, 57)}..."` : text;
}

/** A value as messages show it: short, never the whole of a huge value. */
export const showValue = show;

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

const typeHints: Record<string, string> = {
	string: 'Enter text; check that the expression does not return a list or an object.',
	number: 'Enter digits only, with a dot for decimals, e.g. 42 or 9.99.',
	integer: 'Enter a whole number without decimals, e.g. 1 or 2.',
	boolean: 'Use true or false.',
	array: 'Use a list in [ ], e.g. ["a", "b"].',
	object: 'Use an object in { }, e.g. {"name": "value"}.',
};

const wholeNumberHint = 'Enter a whole number with digits only, e.g. 42.';
const enumHint = 'Use one of these values exactly as written.';

/** Problems that zod does not know, raised by `customIssue(kind)` in the schemas and by the readers. */
const customProblems = {
	dateTime: (got: string) => ({
		problem: `must be a date and time with a time zone, like 2026-12-24T18:00:00Z or 2026-12-24T18:00:00+01:00, got ${got}`,
		hint: 'Pick it in the date picker, or write a date that exists, the time and a time zone (Z for UTC, or an offset such as +01:00).',
	}),
	blank: () => ({
		problem: 'is empty: it has only spaces or invisible characters',
		hint: 'Fill it in; check that the expression or the input data gives a real value.',
	}),
	tooDeep: () => ({
		problem: `is nested more than ${maxJsonDepth} levels deep`,
		hint: `Keep lists and objects in one value at most ${maxJsonDepth} levels deep, e.g. by sending the inner part as text.`,
	}),
	notFinite: (got: string) => ({
		problem: `must be a finite number, got ${got}`,
		hint: 'JSON has no NaN or Infinity, and numbers beyond about 1.8e308 become Infinity: use a finite number or leave it out.',
	}),
	attributeName: () => ({
		problem: 'is not a valid attribute name',
		hint: 'Talon.One attribute names start with a letter and have only letters, digits and _, e.g. loyaltyTier.',
	}),
	locatorId: (got: string) => ({
		problem: `must be an ID, a whole number such as 42, got ${got}`,
		hint: 'Pick it with From List, or choose By ID and enter the number shown in the Campaign Manager (not the name).',
	}),
	pickedId: (got: string) => ({
		problem: `must be an ID, a whole number such as 42, got ${got}`,
		hint: 'Choose it from the list, or give the numeric IDs shown in the Campaign Manager (not the names) in an expression, e.g. {{ [12, 13] }}.',
	}),
	cardIdentifier: (got: string) => ({
		problem: `may only have letters, digits and . _ % + @ -, got ${got}`,
		hint: 'Remove spaces and other characters, e.g. CARD-0001.',
	}),
	uuid: (got: string) => ({
		problem: `must be a transaction UUID like 3fa85f64-5717-4562-b3fc-2c963f66afa6, got ${got}`,
		hint: 'Use the transactionUUID of a transaction, e.g. from Loyalty → Get Transactions.',
	}),
	commaInEntry: (got: string) => ({
		problem: `may not contain a comma, got ${got}: Talon.One reads the values of this field separated by commas`,
		hint: 'Give each value as an entry of its own, e.g. ["1", "2"] rather than ["1,2"].',
	}),
	costName: () => ({
		problem: 'cannot be used as a name',
		hint: 'Use the name of the additional cost as defined in Talon.One, e.g. shipping.',
	}),
};

export type CustomProblem = keyof typeof customProblems;

/** The words for a custom problem, given the offending value as `showValue` writes it. */
export function customProblem(kind: CustomProblem, got: string): { problem: string; hint: string } {
	return customProblems[kind](got);
}

/** zod refinement options that `problemOf` turns into the custom problem's words. */
export const customIssue = (kind: CustomProblem) => ({ params: { kind } });

const safeIntegerLimit = Number.MAX_SAFE_INTEGER;

function problemOf(issue: ZodIssue, data: unknown, allowed: readonly Field[]): { problem: string; hint?: string } {
	const got = show(valueAt(data, issue.path));
	switch (issue.code) {
		case 'invalid_type':
			if (issue.received === 'undefined') return { problem: 'is required', hint: 'Fill it in.' };
			// A choice given as a number or list: zod names the choices as 'open' | 'closed'.
			if (!(issue.expected in expectedWords) && issue.expected.startsWith("'")) {
				const choices = issue.expected.split(' | ').map((choice) => choice.replace(/^'|'$/g, ''));
				return { problem: `must be one of ${choices.join(', ')}; got ${got}`, hint: enumHint };
			}
			return { problem: `must be ${expectedWords[issue.expected] ?? issue.expected}, got ${got}`, hint: typeHints[issue.expected] ?? 'Correct the value.' };
		case 'invalid_enum_value':
			return { problem: `must be one of ${issue.options.join(', ')}; got ${got}`, hint: enumHint };
		case 'too_small':
			if (issue.type === 'number' && issue.minimum === -safeIntegerLimit) {
				return { problem: `must be a whole number of at least -${safeIntegerLimit}, got ${got}`, hint: wholeNumberHint };
			}
			if (issue.type === 'string' && Number(issue.minimum) <= 1) return { problem: 'is required and may not be empty', hint: 'Fill it in.' };
			if (issue.type === 'string') return { problem: `must be at least ${issue.minimum} characters, got ${got}`, hint: 'Make it longer.' };
			if (issue.type === 'array') return { problem: `needs at least ${issue.minimum} entries, got ${got}`, hint: 'Add the missing entries.' };
			return { problem: `must be at least ${issue.minimum}, got ${got}`, hint: `Enter ${issue.minimum} or more.` };
		case 'too_big':
			if (issue.type === 'number' && issue.maximum === safeIntegerLimit) {
				return { problem: `must be a whole number of at most ${safeIntegerLimit}, got ${got}`, hint: wholeNumberHint };
			}
			if (issue.type === 'string') return { problem: `must be at most ${issue.maximum} characters, got ${got}`, hint: 'Shorten it.' };
			if (issue.type === 'array') {
				return { problem: `has ${got.replace('a list of ', '')} entries but Talon.One accepts at most ${issue.maximum}`, hint: 'Split them across several items.' };
			}
			return { problem: `must be at most ${issue.maximum}, got ${got}`, hint: `Enter ${issue.maximum} or less.` };
		case 'custom': {
			const kind = (issue.params as { kind?: CustomProblem } | undefined)?.kind;
			if (kind) return customProblem(kind, got);
			break;
		}
		case 'unrecognized_keys':
			return {
				problem: `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
				hint: allowed.length ? `Check the spelling; allowed here: ${allowed.map((f) => f.key).join(', ')}.` : 'Check the spelling.',
			};
		case 'not_finite':
			return { problem: `must be a finite number, got ${got}`, hint: typeHints.number };
	}
	return { problem: `${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`, hint: 'Correct the value.' };
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
	const subject = where.label || (where.context.length ? '' : (error.subject ?? wholeLabel));
	const head = [`Item ${itemIndex + 1}`, ...where.context].join(', ');
	return `${head}: ${subject ? `${subject} ` : ''}${error.problem}`;
}
