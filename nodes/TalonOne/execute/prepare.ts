import type { IDataObject } from 'n8n-workflow';
import type { z } from 'zod';
import { InputError } from '../fields/inputError';
import { parseJson } from '../fields/json';
import { issueToInputError } from '../fields/messages';
import { readValue, type ReadScope } from '../fields/read';
import { objectSchema } from '../fields/schema';
import type { Field } from '../fields/types';
import type { OperationDefinition } from '../operations/types';
import type { ItemParameters } from './parameters';

/** One input item turned into a validated request part, before anything is sent. */
export interface PreparedItem {
	itemIndex: number;
	/** Request path with every parameter encoded as exactly one segment. */
	path: string;
	query: Record<string, string>;
	/** The validated body, or for bulk operations the item's entry of the combined body. */
	body?: IDataObject;
	/** Requests with the same key are sent one after another, in input order. */
	entityKey?: string;
	/** Path values that identify what an empty (204) answer refers to. */
	identity: IDataObject;
}

interface OperationSchemas {
	path: z.ZodTypeAny;
	query: z.ZodTypeAny;
	body?: z.ZodTypeAny;
}

const schemaCache = new WeakMap<OperationDefinition, OperationSchemas>();

export function schemasOf(op: OperationDefinition): OperationSchemas {
	let schemas = schemaCache.get(op);
	if (!schemas) {
		schemas = {
			path: objectSchema(op.pathFields ?? []),
			query: objectSchema(op.queryFields ?? []),
			body: op.bodyFields ? objectSchema(op.bodyFields, op.requiredBodyObjects) : undefined,
		};
		schemaCache.set(op, schemas);
	}
	return schemas;
}

function validate(
	schema: z.ZodTypeAny,
	location: InputError['location'],
	fields: readonly Field[],
	data: unknown,
): IDataObject {
	const result = schema.safeParse(data);
	if (!result.success) throw issueToInputError(location, fields, result.error.issues[0], data);
	return result.data as IDataObject;
}

function readTopLevel(params: ItemParameters, fields: readonly Field[], scope: ReadScope, itemIndex: number): IDataObject {
	const values: IDataObject = {};
	for (const field of fields) {
		const value = readValue(field, params.get(field.key, itemIndex, undefined), scope, [field.key]);
		if (value !== undefined) values[field.key] = value as IDataObject[string];
	}
	return values;
}

function setAt(target: IDataObject, path: readonly string[], value: unknown): void {
	let node = target;
	for (const segment of path.slice(0, -1)) node = (node[segment] ??= {}) as IDataObject;
	node[path[path.length - 1]] = value as IDataObject[string];
}

function parseJsonBody(raw: unknown): unknown {
	if (typeof raw !== 'string') return raw;
	const parsed = parseJson(raw);
	if (!parsed.ok) {
		throw new InputError('body', [], `is not valid JSON (${parsed.problem})`, 'Check quotes, commas and brackets, or switch Input Mode to Using Fields Below.');
	}
	return parsed.value;
}

function readBodyFromFields(params: ItemParameters, op: OperationDefinition, itemIndex: number, scope: ReadScope): IDataObject {
	const fields = op.bodyFields ?? [];
	const optional = params.get('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {};
	for (const parent of op.requiredBodyObjects ?? []) setAt(body, parent.split('.'), {});
	for (const field of fields) {
		const path = [...(field.parent ? field.parent.split('.') : []), field.key];
		const raw = field.required ? params.get(field.key, itemIndex, undefined) : optional[field.key];
		const value = readValue(field, raw, scope, path);
		if (value !== undefined) setAt(body, path, value);
	}
	return body;
}

function readBody(params: ItemParameters, op: OperationDefinition, itemIndex: number, timeZone: string): unknown {
	if (params.get('inputMode', itemIndex, 'fields') === 'json') {
		const parsed = parseJsonBody(params.get('jsonBody', itemIndex, '{}'));
		if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
			const got = Array.isArray(parsed) ? 'a list' : JSON.stringify(parsed);
			throw new InputError('body', [], `must be a JSON object like {"name": "value"}, got ${got}`, 'Wrap the values in { }.');
		}
		return op.bodyRoot ? { [op.bodyRoot]: parsed } : parsed;
	}
	return readBodyFromFields(params, op, itemIndex, { location: 'body', timeZone });
}

/** One path segment; `.` and `..` would be read as "this folder" and "up one folder", so they cannot be IDs. */
function pathSegment(name: string, value: unknown): string {
	const text = String(value);
	if (text === '.' || text === '..') {
		throw new InputError('path', [name], `cannot be "${text}"`, 'Talon.One cannot look up an ID made only of dots; check the value.');
	}
	if (!isWellFormed(text)) {
		throw new InputError('path', [name], 'contains a broken character (half of an emoji or other symbol)', 'Check the expression that builds it; it may cut the text in the middle of a character.');
	}
	return encodeURIComponent(text);
}

/** No unpaired UTF-16 surrogate (which encodeURIComponent rejects). */
function isWellFormed(text: string): boolean {
	return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

function fillPath(template: string, values: IDataObject): string {
	return template.replace(/\{(\w+)\}/g, (_m, name: string) => pathSegment(name, values[name]));
}

function serializeQuery(op: OperationDefinition, values: IDataObject): Record<string, string> {
	const query: Record<string, string> = {};
	for (const field of op.queryFields ?? []) {
		const value = values[field.key];
		if (value === undefined) continue;
		query[field.key] =
			field.kind === 'boolean' && field.serialize === 'yesNo' ? (value ? 'yes' : 'no') : String(value);
	}
	return query;
}

function entityKeyOf(op: OperationDefinition, pathValues: IDataObject, body?: IDataObject): string | undefined {
	if (op.pathFields?.length) return `${op.resource}:${op.pathFields.map((f) => String(pathValues[f.key])).join('/')}`;
	if (op.entityField && body?.[op.entityField] !== undefined) return `${op.entityField}:${String(body[op.entityField])}`;
	return undefined;
}

/**
 * Reads and validates everything one item needs; throws InputError before anything is sent.
 * `timeZone` is the workflow's, for dates given without one (as n8n's date picker writes them).
 */
export function prepareItem(params: ItemParameters, op: OperationDefinition, itemIndex: number, timeZone: string): PreparedItem {
	const schemas = schemasOf(op);
	const pathFields = op.pathFields ?? [];
	const queryFields = op.queryFields ?? [];
	const pathValues = validate(schemas.path, 'path', pathFields, readTopLevel(params, pathFields, { location: 'path', timeZone }, itemIndex));
	const queryValues = validate(schemas.query, 'query', queryFields, readTopLevel(params, queryFields, { location: 'query', timeZone }, itemIndex));
	let body: IDataObject | undefined;
	if (schemas.body && op.bodyFields) {
		body = validate(schemas.body, 'body', op.bodyFields, readBody(params, op, itemIndex, timeZone));
		if (op.bodyRoot) body = body[op.bodyRoot] as IDataObject;
	}
	return {
		itemIndex,
		path: fillPath(op.path, pathValues),
		query: serializeQuery(op, queryValues),
		body,
		entityKey: entityKeyOf(op, pathValues, body),
		identity: pathValues,
	};
}
