import type { IDataObject } from 'n8n-workflow';
import { isDateTime, readDateTime } from './dates';
import { InputError } from './inputError';
import { parseJson } from './json';
import { customProblem, showValue } from './messages';
import type { Field, ListField, LocatorField, ObjectListField } from './types';

type Path = ReadonlyArray<string | number>;

/** Where the values are read: the part of the request (for errors) and the workflow's time zone (for dates without one). */
export interface ReadScope {
	location: InputError['location'];
	timeZone: string;
}

// Unambiguous (digits before and after the dot are separate groups), so a long non-number fails fast.
const numeric = /^\s*-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?\s*$/i;

/** `undefined` for an empty optional value, so nothing is sent for fields the user left empty. */
export function readValue(field: Field, raw: unknown, scope: ReadScope, path: Path): unknown {
	if (raw === undefined || raw === null) return undefined;
	switch (field.kind) {
		case 'string':
			if (typeof raw === 'number' || typeof raw === 'bigint') return String(raw);
			if (raw === '' && !field.required) return undefined;
			return field.format === 'date-time' ? readDateTime(raw, scope.timeZone) : raw;
		case 'number':
			return toNumber(raw);
		case 'boolean':
		case 'options':
			return raw === '' ? undefined : raw;
		case 'multiOptions':
			return Array.isArray(raw) && raw.length === 0 ? undefined : raw;
		case 'list':
			return readList(field, raw);
		case 'locator':
			return readLocator(field, raw);
		case 'attributes':
			return readAttributes(raw, scope, path);
		case 'costs':
			return readCosts(raw, scope, path);
		case 'objectList':
			return readObjectList(field, raw, scope, path);
	}
}

/** The value of n8n's resource locator (`{ __rl, mode, value }`), or the value itself (an expression, an older workflow). */
export function locatorValue(raw: unknown): unknown {
	return raw !== null && typeof raw === 'object' && '__rl' in raw ? (raw as { value?: unknown }).value : raw;
}

function readLocator(field: LocatorField, raw: unknown): unknown {
	const value = locatorValue(raw);
	if (value === undefined || value === null || (value === '' && !field.required)) return undefined;
	if (field.valueType === 'integer') return toNumber(value);
	return typeof value === 'number' ? String(value) : value;
}

function toNumber(raw: unknown): unknown {
	if (raw === '') return undefined;
	return typeof raw === 'string' && numeric.test(raw) ? Number(raw) : raw;
}

function readList(field: ListField, raw: unknown): unknown {
	// a multi-select's expression may give one ID alone
	const given = field.pickFrom && typeof raw === 'number' ? [raw] : raw;
	const entries = typeof given === 'string' ? given.split(',').map((s) => s.trim()).filter((s) => s !== '') : given;
	if (!Array.isArray(entries)) return entries;
	if (entries.length === 0) return undefined;
	return entries.map((entry) => {
		if (field.itemType === 'integer') return toNumber(entry);
		return typeof entry === 'number' ? String(entry) : entry;
	});
}

function rows(raw: unknown, rowName: string): IDataObject[] {
	const list = (raw as IDataObject)[rowName];
	return Array.isArray(list) ? (list as IDataObject[]) : [];
}

function namedRows(raw: unknown, rowName: string, { location }: ReadScope, path: Path) {
	const result = new Map<string, IDataObject>();
	rows(raw, rowName).forEach((row, index) => {
		const given = locatorValue(row.name);
		const name = typeof given === 'string' ? given.trim() : given;
		if (name === undefined || name === null || name === '') {
			throw new InputError(location, path, `row ${index + 1} has no name`, 'Fill in the name or remove the row.');
		}
		if (typeof name !== 'string') {
			throw new InputError(location, path, `row ${index + 1} name must be text, got ${showValue(name)}`, 'Enter the name as defined in Talon.One, e.g. color.');
		}
		if (result.has(name)) {
			throw new InputError(location, [...path, name], `is set twice`, 'Keep one row per name.');
		}
		result.set(name, row);
	});
	return result;
}

/**
 * Object.fromEntries defines each name as an own property, so a row named `__proto__` stays a
 * property the schema can refuse, instead of silently replacing the object's prototype.
 */
function readAttributes(raw: unknown, scope: ReadScope, path: Path): IDataObject | undefined {
	const byName = namedRows(raw, 'attribute', scope, path);
	if (byName.size === 0) return undefined;
	return Object.fromEntries(
		[...byName].map(([name, row]) => [name, convertAttribute(row.type as string, row.value, scope, [...path, name])]),
	) as IDataObject;
}

function convertAttribute(type: string, value: unknown, scope: ReadScope, path: Path): unknown {
	const fail = (expected: string, hint: string): never => {
		throw new InputError(scope.location, path, `must be ${expected}, got ${showValue(value)}`, hint);
	};
	switch (type) {
		case 'number': {
			const n = toNumber(value);
			return typeof n === 'number' && Number.isFinite(n) ? n : fail('a number', 'Enter digits only, e.g. 42 or 9.99, or change the attribute type.');
		}
		case 'boolean':
			if (typeof value === 'boolean') return value;
			if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
			return fail('true or false', 'Enter true or false, or change the attribute type.');
		case 'date': {
			const date = readDateTime(value, scope.timeZone);
			if (isDateTime(date)) return date;
			const { problem, hint } = customProblem('dateTime', showValue(value));
			throw new InputError(scope.location, path, problem, hint);
		}
		case 'list':
			if (Array.isArray(value)) return value;
			return typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter((s) => s !== '') : [value];
		case 'json': {
			if (typeof value !== 'string') return value;
			const parsed = parseJson(value);
			return parsed.ok ? parsed.value : fail('valid JSON', `Check quotes, commas and brackets (${parsed.problem}).`);
		}
		default:
			return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
	}
}

function readCosts(raw: unknown, scope: ReadScope, path: Path): IDataObject | undefined {
	const byName = namedRows(raw, 'cost', scope, path);
	if (byName.size === 0) return undefined;
	return Object.fromEntries([...byName].map(([name, row]) => [name, { price: toNumber(row.price) }])) as IDataObject;
}

function readObjectList(field: ObjectListField, raw: unknown, scope: ReadScope, path: Path): unknown {
	if (Array.isArray(raw)) return raw;
	const list = rows(raw, 'item');
	if (list.length === 0) return undefined;
	return list.map((row, index) => readObject(field.fields, row, scope, [...path, index]));
}

/** Reads a group row: required fields at the top, optional ones in its Additional Fields. */
function readObject(fields: readonly Field[], row: IDataObject, scope: ReadScope, path: Path): IDataObject {
	const optional = (row.additionalFields ?? {}) as IDataObject;
	const result: IDataObject = {};
	for (const field of fields) {
		const value = readValue(field, field.required ? row[field.key] : optional[field.key], scope, [...path, field.key]);
		if (value !== undefined) result[field.key] = value;
	}
	return result;
}
