/**
 * Payloads built from a notification's schema: every documented field filled with a value of its
 * type (enums take their first value, formats a matching string), then the caller's values laid
 * over it. The same schema validates the result (schemas.ts), so a sample is a real payload shape.
 */
import { assertValidNotification, notificationSpec } from './schemas';

type Schema = Record<string, any>;

/** allOf parts merged into one object schema; oneOf/anyOf take their first choice. */
export function flatten(schema: Schema): Schema {
	const parts = [schema, ...(schema.allOf ?? []).map(flatten), ...(schema.oneOf?.[0] ? [flatten(schema.oneOf[0])] : []), ...(schema.anyOf?.[0] ? [flatten(schema.anyOf[0])] : [])];
	const properties: Schema = {};
	for (const part of parts) Object.assign(properties, part.properties ?? {});
	const types = new Set(parts.map((part) => part.type).filter(Boolean));
	const open = (schema.oneOf ?? []).filter((choice: Schema) => !choice.required && !Object.values<Schema>(choice.properties ?? {}).some((p) => p.enum));
	const type = types.size > 1 || open.length > 1 ? CONTRADICTORY : ([...types][0] ?? (Object.keys(properties).length ? 'object' : undefined));
	return { ...schema, type, properties, allOf: undefined, oneOf: undefined, anyOf: undefined };
}

/**
 * A few documented fields accept no value at all: `ruleset` and `oldRuleset` of campaign
 * notifications are `type: string` and objects at once; strikethrough effects' `props` is oneOf
 * choices that any object matches twice. Samples leave them out (they are optional).
 */
const CONTRADICTORY = 'contradictory';

function stringFor(schema: Schema, name: string): string {
	switch (schema.format) {
		case 'date-time':
			return '2026-06-01T10:00:00Z';
		case 'date':
			return '2026-06-08';
		case 'uuid':
			return '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
		default: {
			const text = `${name || 'value'}-1`.replace(/[^A-Za-z0-9._%+@#-]/g, '');
			return text.padEnd(schema.minLength ?? 0, 'x').slice(0, schema.maxLength ?? 64);
		}
	}
}

/** One value of `schema`'s type; `name` (the property) makes strings recognisable in tests. */
export function sampleValue(raw: Schema, name = '', arrayLength = 1): unknown {
	const schema = flatten(raw);
	if (schema.enum) return schema.enum[0];
	if (schema.default !== undefined && schema.type !== 'object' && schema.type !== 'array') return schema.default;
	switch (schema.type) {
		case 'object': {
			const out: Record<string, unknown> = {};
			for (const [key, sub] of Object.entries<Schema>(schema.properties)) {
				if (flatten(sub).type !== CONTRADICTORY) out[key] = sampleValue(sub, key);
			}
			return out;
		}
		case 'array': {
			const length = Math.max(arrayLength, schema.minItems ?? 0);
			return Array.from({ length }, () => sampleValue(schema.items ?? {}, name));
		}
		case 'integer':
			return Math.max(1, schema.minimum ?? 1);
		case 'number':
			return 12.5;
		case 'boolean':
			return true;
		case 'string':
			return stringFor(schema, name);
		default:
			return {};
	}
}

/** Where a notification keeps its batch of entries, if it has one. */
export function entriesKeyOf(operationId: string): string | null {
	const { properties } = flatten(notificationSpec(operationId).schema);
	return ['Data', 'data', 'changedItems'].find((key) => flatten(properties[key] ?? {}).type === 'array') ?? null;
}

export interface SampleOptions {
	/** Message-level fields laid over the sample. */
	message?: Record<string, unknown>;
	/** The batch's entries, each laid over a sample entry (batched notifications only). */
	entries?: Array<Record<string, unknown>>;
}

/** A valid payload of `operationId` (checked against the fixture before it is returned). */
export function samplePayload(operationId: string, options: SampleOptions = {}): Record<string, unknown> {
	const schema = flatten(notificationSpec(operationId).schema);
	const body = sampleValue(schema) as Record<string, unknown>;
	const key = entriesKeyOf(operationId);
	if (key && options.entries) {
		const template = sampleValue(flatten(schema.properties[key]).items ?? {}, key) as Record<string, unknown>;
		body[key] = options.entries.map((entry) => ({ ...template, ...entry }));
		if ('TotalResultSize' in body) body.TotalResultSize = options.entries.length;
		if ('totalResultSize' in body) body.totalResultSize = options.entries.length;
	}
	Object.assign(body, options.message ?? {});
	assertValidNotification(operationId, body);
	return body;
}
