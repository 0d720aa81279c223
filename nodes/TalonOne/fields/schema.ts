import { z } from 'zod';
import { isDateTime } from './dates';
import { findJsonProblem } from './jsonValue';
import { customIssue } from './messages';
import { refine, superRefine } from './refine';
import type { Field } from './types';

/** Only spaces and characters that show nothing (zero-width space, no-break space, byte order mark, ...). */
export const blankText = /^[\s\p{Cf}\u034F\u115F\u1160\u2800\u3164\uFFA0]*$/u;

const notBlank = (text: z.ZodString) => refine(text, (value) => !blankText.test(value), customIssue('blank'));

/** Talon.One's rule for attribute names; it also keeps out `__proto__`, which a plain object would swallow. */
const attributeName = refine(z.string(), (name) => /^[A-Za-z]\w*$/.test(name), customIssue('attributeName'));
const costName = refine(z.string(), (name) => name !== '__proto__', customIssue('costName'));

/** The formats Talon.One checks on text besides dates (its `pattern` and `format: uuid`). */
const cardIdentifier = /^[A-Za-z0-9._%+@-]+$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Beyond 2^53 - 1 whole numbers lose digits and are written like 1e+21, which no ID or count is. */
function wholeNumber(minimum = -Number.MAX_SAFE_INTEGER, maximum = Number.MAX_SAFE_INTEGER): z.ZodNumber {
	return z.number().int().min(minimum).max(maximum);
}

/** An ID picked or typed: a whole number, or a message that says to pick it rather than a name. */
function locatorId(minimum: number): z.ZodTypeAny {
	return superRefine(z.unknown(), (value, ctx) => {
		if (value === undefined) ctx.addIssue({ code: z.ZodIssueCode.invalid_type, expected: 'number', received: 'undefined' });
		else if (!(Number.isSafeInteger(value) && (value as number) >= minimum)) ctx.addIssue({ code: z.ZodIssueCode.custom, ...customIssue('locatorId') });
	});
}

/** An entry of a multi-select of IDs: a whole number (or its digits, where Talon.One takes them as text), not a name. */
function pickedId(itemType: 'integer' | 'string'): z.ZodTypeAny {
	const isId = (value: unknown) => (itemType === 'integer' ? Number.isSafeInteger(value) && (value as number) >= 1 : typeof value === 'string' && /^[0-9]+$/.test(value));
	return refine(z.unknown(), isId, customIssue('pickedId'));
}

/** A free-form value that JSON.stringify can send as it is. */
const jsonValue = superRefine(z.unknown(), (value, ctx) => {
	const problem = findJsonProblem(value);
	if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, path: problem.path, ...customIssue(problem.kind) });
});

function baseSchema(field: Field): z.ZodTypeAny {
	switch (field.kind) {
		case 'string': {
			let s = z.string();
			const minLength = field.required ? Math.max(1, field.minLength ?? 1) : field.minLength;
			if (minLength) s = s.min(minLength);
			if (field.maxLength) s = s.max(field.maxLength);
			if (field.format === 'date-time') return refine(s, isDateTime, customIssue('dateTime'));
			if (field.format === 'card-identifier') return refine(s, (value) => cardIdentifier.test(value), customIssue('cardIdentifier'));
			return minLength ? notBlank(s) : s;
		}
		case 'number': {
			if (field.integer) return wholeNumber(field.minimum, field.maximum);
			let n = z.number().finite();
			if (field.minimum !== undefined) n = n.min(field.minimum);
			if (field.maximum !== undefined) n = n.max(field.maximum);
			return n;
		}
		case 'boolean':
			return z.boolean();
		case 'options':
			return enumOf(field.options.map((o) => o.value));
		case 'multiOptions':
			return z.array(enumOf(field.options.map((o) => o.value)));
		case 'list': {
			const plain = notBlank(field.itemMaxLength ? z.string().max(field.itemMaxLength) : z.string());
			const formatted = field.itemFormat === 'uuid' ? refine(plain, (value) => uuid.test(value), customIssue('uuid')) : plain;
			// a comma inside one entry would make two of it where Talon.One splits the values at commas
			const text = field.commaSeparated ? refine(formatted, (value) => !value.includes(','), customIssue('commaInEntry')) : formatted;
			const item = field.pickFrom ? pickedId(field.itemType) : field.itemType === 'integer' ? wholeNumber() : text;
			let list = z.array(item);
			if (field.minItems) list = list.min(field.minItems);
			if (field.maxItems) list = list.max(field.maxItems);
			return list;
		}
		case 'locator':
			if (field.valueType === 'string') return notBlank(field.maxLength ? z.string().min(1).max(field.maxLength) : z.string().min(1));
			return locatorId(field.minimum ?? 1);
		case 'attributes':
			return z.record(attributeName, jsonValue);
		case 'costs':
			return z.record(costName, z.object({ price: z.number().finite() }).strict());
		case 'objectList': {
			const list = z.array(objectSchema(field.fields));
			return field.maxItems ? list.max(field.maxItems) : list;
		}
	}
}

function enumOf(values: string[]): z.ZodTypeAny {
	return z.enum(values as [string, ...string[]]);
}

export function fieldSchema(field: Field): z.ZodTypeAny {
	const schema = baseSchema(field);
	if (field.required) return schema;
	if (field.defaultEmpty) return schema.default(field.kind === 'list' || field.kind === 'objectList' ? [] : {});
	return schema.optional();
}

/** A strict object: unknown properties are errors, so a typo in JSON mode is reported, not dropped. */
export function objectSchema(fields: readonly Field[], requiredParents: readonly string[] = []): z.ZodTypeAny {
	const shape: Record<string, z.ZodTypeAny> = {};
	const children = new Map<string, Field[]>();
	for (const field of fields) {
		if (!field.parent) {
			shape[field.key] = fieldSchema(field);
			continue;
		}
		const [head, ...rest] = field.parent.split('.');
		const child = { ...field, parent: rest.length ? rest.join('.') : undefined };
		children.set(head, [...(children.get(head) ?? []), child]);
	}
	for (const [parent, childFields] of children) {
		const nested = objectSchema(
			childFields,
			requiredParents.filter((p) => p.startsWith(`${parent}.`)).map((p) => p.slice(parent.length + 1)),
		);
		shape[parent] = requiredParents.includes(parent) ? nested : nested.optional();
	}
	return z.object(shape).strict();
}
