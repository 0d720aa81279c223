import { z } from 'zod';
import type { Field } from './types';

function baseSchema(field: Field): z.ZodTypeAny {
	switch (field.kind) {
		case 'string': {
			let s = z.string();
			if (field.required) s = s.min(Math.max(1, field.minLength ?? 1));
			else if (field.minLength) s = s.min(field.minLength);
			if (field.maxLength) s = s.max(field.maxLength);
			if (field.format === 'date-time') s = s.datetime({ offset: true });
			return s;
		}
		case 'number': {
			let n = z.number().finite();
			if (field.integer) n = n.int();
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
			const text = field.itemMaxLength ? z.string().max(field.itemMaxLength) : z.string();
			const item = field.itemType === 'integer' ? z.number().int() : text;
			let list = z.array(item);
			if (field.minItems) list = list.min(field.minItems);
			if (field.maxItems) list = list.max(field.maxItems);
			return list;
		}
		case 'attributes':
			return z.record(z.string(), z.unknown());
		case 'costs':
			return z.record(z.string(), z.object({ price: z.number().finite() }).strict());
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
