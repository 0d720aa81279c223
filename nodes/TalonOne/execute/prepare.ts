import type { IDataObject } from 'n8n-workflow';
import type { z } from 'zod';
import { InputError } from '../fields/inputError';
import { parseJson } from '../fields/json';
import { issueToInputError } from '../fields/messages';
import { collectionOf, readFromParameters } from '../fields/placement';
import { simplifyProperty } from '../response/simplify';
import type { ReadScope } from '../fields/read';
import { objectSchema } from '../fields/schema';
import type { Field } from '../fields/types';
import type { OperationDefinition } from '../operations/types';
import { limitField } from '../description/pagination';
import type { RecordLimit } from './paginate';
import type { QueryValues } from '../transport/query';
import type { ItemParameters } from './parameters';

/** One input item turned into a validated request part, before anything is sent. */
export interface PreparedItem {
	itemIndex: number;
	/** Request path with every parameter encoded as exactly one segment. */
	path: string;
	query: QueryValues;
	/** The validated body, or for bulk operations the item's entry of the combined body. */
	body?: IDataObject;
	/** Requests with the same key are sent one after another, in input order. */
	entityKey?: string;
	/** Path values that identify what an empty (204) answer refers to. */
	identity: IDataObject;
	/** Output the operation's summary of the answer instead of the answer (Simplify). */
	simplify: boolean;
	/** For reads that page: all records, or at most `limit`. */
	recordLimit?: RecordLimit;
}

interface OperationSchemas {
	path: z.ZodTypeAny;
	query: z.ZodTypeAny;
	body?: z.ZodTypeAny;
	limit: z.ZodTypeAny;
}

const schemaCache = new WeakMap<OperationDefinition, OperationSchemas>();

export function schemasOf(op: OperationDefinition): OperationSchemas {
	let schemas = schemaCache.get(op);
	if (!schemas) {
		schemas = {
			path: objectSchema(op.pathFields ?? []),
			query: objectSchema(op.queryFields ?? []),
			body: op.bodyFields ? objectSchema(op.bodyFields, op.requiredBodyObjects) : undefined,
			limit: objectSchema([limitField]),
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

type Get = (name: string) => unknown;

/** The item's top-level parameters, each resolved once however many fields read from it. */
function parameterReader(params: ItemParameters, itemIndex: number): Get {
	const resolved = new Map<string, unknown>();
	return (name) => {
		if (!resolved.has(name)) resolved.set(name, params.get(name, itemIndex, undefined));
		return resolved.get(name);
	};
}

function readTopLevel(get: Get, fields: readonly Field[], scope: ReadScope): IDataObject {
	const values: IDataObject = {};
	for (const field of fields) {
		const value = readFromParameters(field, get, scope, [field.key]);
		if (value !== undefined) values[field.key] = value as IDataObject[string];
	}
	return values;
}

const bodyPath = (field: Field) => [...(field.parent ? field.parent.split('.') : []), field.key];

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

function readBodyFromFields(get: Get, op: OperationDefinition, scope: ReadScope): IDataObject {
	const body: IDataObject = {};
	for (const parent of op.requiredBodyObjects ?? []) setAt(body, parent.split('.'), {});
	for (const field of op.bodyFields ?? []) {
		const path = bodyPath(field);
		const value = readFromParameters(field, get, scope, path);
		if (value !== undefined) setAt(body, path, value);
	}
	return body;
}

function readBody(get: Get, op: OperationDefinition, timeZone: string): unknown {
	if ((get('inputMode') ?? 'fields') === 'json') {
		const parsed = parseJsonBody(get('jsonBody') ?? '{}');
		if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
			const got = Array.isArray(parsed) ? 'a list' : JSON.stringify(parsed);
			throw new InputError('body', [], `must be a JSON object like {"name": "value"}, got ${got}`, 'Wrap the values in { }.');
		}
		return op.bodyRoot ? { [op.bodyRoot]: parsed } : parsed;
	}
	return readBodyFromFields(get, op, { location: 'body', timeZone });
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

/** A list is repeated once per value, or sent once comma-separated where Talon.One reads it so (`commaSeparated`). */
function serializeQuery(op: OperationDefinition, values: IDataObject): QueryValues {
	const query: QueryValues = {};
	for (const field of op.queryFields ?? []) {
		const value = values[field.key];
		if (value === undefined) continue;
		if (Array.isArray(value)) {
			const entries = value.map(String);
			query[field.key] = (field.kind === 'list' || field.kind === 'multiOptions') && field.commaSeparated ? { commaSeparated: entries } : entries;
		} else query[field.key] = field.kind === 'boolean' && field.serialize === 'yesNo' ? (value ? 'yes' : 'no') : String(value);
	}
	return query;
}

function entityKeyOf(op: OperationDefinition, pathValues: IDataObject, body?: IDataObject): string | undefined {
	if (op.pathFields?.length) return `${op.resource}:${op.pathFields.map((f) => String(pathValues[f.key])).join('/')}`;
	if (op.entityField && body?.[op.entityField] !== undefined) return `${op.entityField}:${String(body[op.entityField])}`;
	return undefined;
}

const isSet = (value: unknown) => value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0);

/** Fields that Talon.One accepts only while another one is on, e.g. Evaluate At only in a dry run. */
function checkOnlyWith(op: OperationDefinition, query: IDataObject, body?: IDataObject): void {
	const located = [
		...(op.queryFields ?? []).map((field) => ({ field, location: 'query' as const, path: [field.key], value: query[field.key] })),
		...(op.bodyFields ?? []).map((field) => {
			const path = bodyPath(field);
			return { field, location: 'body' as const, path, value: path.reduce<unknown>((node, key) => (node as IDataObject | undefined)?.[key], body) };
		}),
	];
	for (const { field, location, path, value } of located) {
		const needed = field.onlyWith && located.find((other) => other.field.key === field.onlyWith);
		if (!needed || !isSet(value) || needed.value === true) continue;
		throw new InputError(
			location,
			path,
			`works only together with ${needed.field.displayName}`,
			`Turn on ${needed.field.displayName}${needed.field.group ? ` under ${needed.field.group.displayName}` : ''}, or remove ${field.displayName}.`,
		);
	}
}

/** Fields that belong to some values of a choice only, e.g. SKU for a catalog Add but not for Remove Many. */
function checkUsedFor(op: OperationDefinition, body: IDataObject): void {
	for (const field of op.bodyFields ?? []) {
		if (!field.usedFor) continue;
		const { key, values, required } = field.usedFor;
		const choice = (op.bodyFields ?? []).find((f) => f.key === key);
		const chosen = body[key];
		const path = bodyPath(field);
		const value = path.reduce<unknown>((node, k) => (node as IDataObject | undefined)?.[k], body);
		const names = choice?.kind === 'options' ? choice.options.filter((o) => values.includes(o.value)).map((o) => o.name) : values;
		const named = choice?.kind === 'options' ? (choice.options.find((o) => o.value === chosen)?.name ?? String(chosen)) : String(chosen);
		const list = names.join(', ');
		if (isSet(value) && !values.includes(String(chosen))) {
			throw new InputError('body', path, `is not used when ${choice?.displayName ?? key} is ${named}`, `Remove ${field.displayName}, or set ${choice?.displayName ?? key} to one of ${list}.`);
		}
		if (required && !isSet(value) && values.includes(String(chosen))) {
			throw new InputError('body', path, `is required when ${choice?.displayName ?? key} is ${named}`, `Fill in ${field.displayName}.`);
		}
	}
}

/** "a, b or c" (or "and") */
function wordList(names: readonly string[], last: 'or' | 'and' = 'or'): string {
	return names.length > 1 ? `${names.slice(0, -1).join(', ')} ${last} ${names[names.length - 1]}` : names.join('');
}

/**
 * An update that keeps whatever the item does not set (`keepCurrent`) would change nothing with an
 * empty body: refused before anything is sent, naming what to set (or the added fields that came out
 * empty, e.g. an expression that found nothing for this item).
 */
function checkSomethingToChange(op: OperationDefinition, get: Get, body: IDataObject): void {
	if (!op.keepCurrent || Object.keys(body).length > 0) return;
	const fields = op.bodyFields ?? [];
	if ((get('inputMode') ?? 'fields') === 'json') {
		throw new InputError('body', [], 'has nothing to change', `Add at least one of ${wordList(fields.map((f) => f.key))}; everything you leave out stays as it is.`);
	}
	const placed = fields.map((field) => ({ field, collection: collectionOf(field, 'body') }));
	const collections = [...new Set(placed.map(({ collection }) => collection?.displayName).filter((name) => name !== undefined))];
	const subject = collections.length ? collections.join(' and ') : undefined;
	const added = placed.filter(({ field, collection }) => collection && field.key in ((get(collection.name) as IDataObject | undefined) ?? {}));
	if (added.length) {
		const names = added.map(({ field }) => field.displayName);
		throw new InputError(
			'body',
			[],
			`has nothing to change: ${wordList(names, 'and')} ${names.length > 1 ? 'are' : 'is'} empty`,
			`Fill in ${wordList(names, 'and')}; for an expression, check that it gives a value for this item.`,
			subject,
		);
	}
	const where = subject ? ` under ${subject}` : '';
	throw new InputError(
		'body',
		[],
		'has nothing to change',
		`Add what to change${where}: ${wordList(fields.map((f) => f.displayName))}. Everything you do not add stays as it is.`,
		subject,
	);
}

/** Return All, or Limit checked like a field: a whole number of at least 1 (an expression may give anything). */
function readRecordLimit(get: Get, schemas: OperationSchemas): RecordLimit {
	if (get('returnAll') === true) return { returnAll: true, limit: 0 };
	const { limit } = validate(schemas.limit, 'query', [limitField], { limit: get('limit') ?? limitField.default });
	return { returnAll: false, limit: limit as number };
}

/**
 * Reads and validates everything one item needs; throws InputError before anything is sent.
 * `timeZone` is the workflow's, for dates given without one (as n8n's date picker writes them).
 */
export function prepareItem(params: ItemParameters, op: OperationDefinition, itemIndex: number, timeZone: string): PreparedItem {
	const schemas = schemasOf(op);
	const pathFields = op.pathFields ?? [];
	const queryFields = op.queryFields ?? [];
	const get = parameterReader(params, itemIndex);
	const pathValues = validate(schemas.path, 'path', pathFields, readTopLevel(get, pathFields, { location: 'path', timeZone }));
	const queryValues = validate(schemas.query, 'query', queryFields, readTopLevel(get, queryFields, { location: 'query', timeZone }));
	const recordLimit = op.paginate ? readRecordLimit(get, schemas) : undefined;
	let body: IDataObject | undefined;
	if (schemas.body && op.bodyFields) {
		body = validate(schemas.body, 'body', op.bodyFields, readBody(get, op, timeZone));
		checkOnlyWith(op, queryValues, body);
		checkUsedFor(op, body);
		checkSomethingToChange(op, get, body);
		if (op.bodyRoot) body = body[op.bodyRoot] as IDataObject;
	} else {
		checkOnlyWith(op, queryValues);
	}
	return {
		itemIndex,
		path: fillPath(op.path, pathValues),
		query: serializeQuery(op, queryValues),
		body,
		entityKey: entityKeyOf(op, pathValues, body),
		identity: pathValues,
		simplify: op.simplify !== undefined && (get(simplifyProperty.name) ?? simplifyProperty.default) === true,
		recordLimit,
	};
}
