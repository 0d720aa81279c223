import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { InputError } from './inputError';
import { parseJson } from './json';
import { showValue } from './messages';
import { readValue, type ReadScope } from './read';
import type { Field, ObjectListField } from './types';

/**
 * A repeatable group (cart items, return items) taken from a list in the input instead of typed rows:
 * `{{ $json.items }}` from a shop order, each entry's properties mapped to the sub-fields by name.
 */

type Path = ReadonlyArray<string | number>;
type Location = InputError['location'];

/** What happens to an entry's properties that are neither a sub-field nor mapped to one. */
type OtherProperties = 'error' | 'attributes' | 'ignore';

export const listParameter = {
	source: (field: ObjectListField) => `${field.key}Source`,
	list: (field: ObjectListField) => `${field.key}List`,
	propertyNames: (field: ObjectListField) => `${field.key}PropertyNames`,
	otherProperties: (field: ObjectListField) => `${field.key}OtherProperties`,
};

/** The item label in Title Case, e.g. "Cart Item". */
export const itemTitle = (field: ObjectListField) => field.itemLabel.replace(/(^|\s)(\w)/g, (_m, space: string, c: string) => space + c.toUpperCase());

const keepsAttributes = (field: ObjectListField) => field.fields.some((f) => f.kind === 'attributes' && f.key === 'attributes');

const listExample = '{{ $json.items }}';

/** The parameters of list mode, shown when the field's source is From Input List. */
export function inputListProperties(field: ObjectListField): INodeProperties[] {
	const item = itemTitle(field);
	const shown = { show: { [listParameter.source(field)]: ['list'] } };
	const keys = field.fields.map((f) => f.key).join(', ');
	return [
		{
			displayName: `${field.displayName} List`,
			name: listParameter.list(field),
			type: 'string',
			default: '',
			required: true,
			placeholder: `e.g. ${listExample}`,
			description: `The list of ${field.itemLabel}s from the input: drag the list in from the input panel, or write an expression. Each entry becomes one ${field.itemLabel}; its properties are read by the names below.`,
			displayOptions: shown,
		},
		{
			displayName: `${item} Property Names`,
			name: listParameter.propertyNames(field),
			type: 'collection',
			placeholder: 'Map a Field',
			default: {},
			description: `Only needed when the entries name a field differently, e.g. title instead of name. Otherwise each field is read from the property of the same name (${keys}).`,
			options: field.fields
				.map((f) => ({
					displayName: f.displayName,
					name: f.key,
					type: 'string' as const,
					default: f.key,
					description: `The name of the property of each entry that holds the ${f.displayName}, typed as text (not dragged in, which would give its value)`,
				}))
				.sort((a, b) => a.displayName.localeCompare(b.displayName)),
			displayOptions: shown,
		},
		{
			displayName: `Other ${item} Properties`,
			name: listParameter.otherProperties(field),
			type: 'options',
			default: 'error',
			description: `What to do with properties of an entry that are neither a ${field.itemLabel} field nor mapped to one`,
			options: [
				{
					name: 'Stop With an Error',
					value: 'error',
					description: 'Name them and send nothing, so a misspelt property is not lost: map it above or pick another choice',
				},
				...(keepsAttributes(field)
					? [{ name: 'Send as Attributes', value: 'attributes', description: `Send them as the ${field.itemLabel}'s attributes (create them in Talon.One first)` }]
					: []),
				{ name: 'Leave Out', value: 'ignore', description: "Don't send them, e.g. your shop's own IDs that Talon.One does not need" },
			],
			displayOptions: shown,
		},
	];
}

/** The Source selector: typed rows or a list from the input. */
export function sourceProperty(field: ObjectListField): INodeProperties {
	return {
		displayName: `${field.displayName} Source`,
		name: listParameter.source(field),
		type: 'options',
		noDataExpression: true,
		default: 'rows',
		description: `Where the ${field.itemLabel}s come from`,
		options: [
			{ name: 'Enter Rows', value: 'rows', description: `Type each ${field.itemLabel} as a row below` },
			{
				name: 'From Input List',
				value: 'list',
				description: 'Take them from a list in the input, e.g. the items of a shop order, however many there are',
			},
		],
	};
}

const isObject = (value: unknown): value is IDataObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A sub-field's value as an entry holds it: objects (attributes, costs) as they are, others like typed values. */
function entryValue(field: Field, raw: unknown, scope: ReadScope, path: Path): unknown {
	if (field.kind === 'attributes' || field.kind === 'costs' || field.kind === 'objectList') return raw ?? undefined;
	return readValue(field, raw, scope, path);
}

function toList(field: ObjectListField, raw: unknown, location: Location, path: Path): unknown[] {
	const hint = `Check ${field.displayName} List: it should be a list from the input, e.g. ${listExample}.`;
	const value = typeof raw === 'string' && raw.trim().startsWith('[') ? parseJson(raw) : { ok: true as const, value: raw };
	if (!value.ok) throw new InputError(location, path, `is not a valid list (${value.problem})`, hint);
	if (value.value === undefined || value.value === null || value.value === '') {
		throw new InputError(location, path, 'got nothing from the input list', hint);
	}
	if (!Array.isArray(value.value)) throw new InputError(location, path, `must be a list, got ${showValue(value.value)}`, hint);
	return value.value;
}

function plural(names: string[], one: string, many: string): string {
	return `${names.length > 1 ? many : one} ${names.map((name) => `"${name}"`).join(', ')}`;
}

/**
 * Reads a list from the input as the field's value: one object per entry with the sub-fields read
 * from their mapped property names. Unmapped properties follow the Other Properties choice.
 */
export function readInputList(
	field: ObjectListField,
	get: (name: string) => unknown,
	scope: ReadScope,
	path: Path,
): IDataObject[] {
	const { location } = scope;
	const list = toList(field, get(listParameter.list(field)), location, path);
	const mapping = (get(listParameter.propertyNames(field)) ?? {}) as IDataObject;
	const other = (get(listParameter.otherProperties(field)) ?? 'error') as OtherProperties;
	const sources = field.fields.map((f) => {
		const mapped = mapping[f.key];
		return { field: f, from: typeof mapped === 'string' && mapped.trim() !== '' ? mapped.trim() : f.key };
	});
	checkMappedNamesExist(field, sources, list, scope.location, path);
	const read = new Set(sources.map((s) => s.from));
	return list.map((entry, index) => {
		const at = [...path, index];
		if (!isObject(entry)) {
			throw new InputError(location, at, `must be an object with the ${field.itemLabel}'s properties, got ${showValue(entry)}`, `Check ${field.displayName} List: each entry should look like {"sku": "SHOE-42", "quantity": 1}.`);
		}
		const result: IDataObject = {};
		for (const { field: sub, from } of sources) {
			const value = entryValue(sub, entry[from], scope, [...at, sub.key]);
			if (value !== undefined) result[sub.key] = value as IDataObject[string];
		}
		const others = Object.keys(entry).filter((key) => !read.has(key));
		if (others.length && other === 'error') {
			throw new InputError(
				location,
				at,
				`${plural(others, 'property', 'properties')} ${others.length > 1 ? 'are' : 'is'} neither a ${field.itemLabel} field nor mapped to one`,
				`Map ${others.length > 1 ? 'them' : 'it'} under ${itemTitle(field)} Property Names, or choose under Other ${itemTitle(field)} Properties to send such properties as attributes or leave them out.`,
			);
		}
		if (others.length && other === 'attributes') result.attributes = mergeAttributes(result.attributes, entry, others, location, at);
		return result;
	});
}

/**
 * A renamed field whose property no entry has is most likely a value where a name belongs (an input
 * field dragged in gives `{{ $json.items[0].title }}`, i.e. "Running Shoes"), or a typo.
 */
function checkMappedNamesExist(field: ObjectListField, sources: Array<{ field: Field; from: string }>, list: unknown[], location: Location, path: Path): void {
	const entries = list.filter(isObject);
	const missing = sources.find(({ field: sub, from }) => from !== sub.key && entries.length > 0 && !entries.some((entry) => from in entry));
	if (!missing) return;
	const seen = [...new Set(entries.flatMap((entry) => Object.keys(entry)))].slice(0, 12);
	throw new InputError(
		location,
		path,
		`has no entry with the property "${missing.from}" that ${itemTitle(field)} Property Names reads ${missing.field.displayName} from`,
		`Type the property's name as the entries have it (they have ${seen.map((key) => `"${key}"`).join(', ')}), not an expression that returns its value.`,
	);
}

function mergeAttributes(mapped: unknown, entry: IDataObject, others: string[], location: Location, path: Path): IDataObject {
	if (mapped !== undefined && !isObject(mapped)) return mapped as IDataObject; // the schema names the wrong type
	const attributes: IDataObject = { ...mapped };
	const twice = others.filter((key) => key in attributes);
	if (twice.length) {
		throw new InputError(location, [...path, 'attributes'], `has ${plural(twice, 'attribute', 'attributes')} that the entry also holds as ${twice.length > 1 ? 'properties' : 'a property'}`, 'Keep one of them, so it is clear which value to send.');
	}
	for (const key of others) attributes[key] = entry[key];
	return attributes;
}
