import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { ADDITIONAL_FIELDS } from './placement';
import { inputListProperties, itemTitle, listParameter, sourceProperty } from './inputList';
import { TYPED_MODE_LABEL, attributeList, typedBy } from '../methods/listNames';
import type { AttributesField, CostsField, Field, ListField, LocatorField, ObjectListField } from './types';

/** Sorted by name, as n8n's lint requires for five or more options. */
export const attributeTypes: readonly INodePropertyOptions[] = [
	{ name: 'Date', value: 'date' },
	{ name: 'JSON', value: 'json' },
	{ name: 'List of Text', value: 'list' },
	{ name: 'Number', value: 'number' },
	{ name: 'Text', value: 'string' },
	{ name: 'True/False', value: 'boolean' },
];

const listHint = 'Separate several with commas, or use an expression that returns a list.';
const dateHint = "A date from the picker is read in the workflow's time zone; a typed one needs its own, e.g. 2026-12-24T18:00:00Z.";

function appendSentence(description: string, sentence: string): string {
	return `${/[.!?]$/.test(description) ? description : `${description}.`} ${sentence}`;
}

/** Appends the list hint as a sentence of its own, unless the field takes one value at most. */
function listDescription(field: ListField): string {
	if (field.description.includes('comma') || field.maxItems === 1) return field.description;
	return appendSentence(field.description, listHint);
}

/** n8n's words for a multi-select loaded from a list (its lint asks for them, and links expressions). */
const pickHint = 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

/** Several IDs picked from a list by name (n8n's multiOptions loaded by `loadOptionsMethod`), or given by an expression. */
function pickedListProperty(field: ListField, list: string, base: Pick<INodeProperties, 'displayName' | 'name' | 'description'>): INodeProperties {
	return { ...base, type: 'multiOptions', typeOptions: { loadOptionsMethod: list }, default: [], description: `${appendSentence(field.description, pickHint)}.` };
}

/** n8n sorts parameters and options by their visible name (`localeCompare`), as its lint rules do. */
export function byDisplayName(a: INodeProperties, b: INodeProperties): number {
	return a.displayName.localeCompare(b.displayName);
}

/** The n8n parameter for one field (top level, inside Additional Fields, or inside a group row). */
export function toProperty(field: Field): INodeProperties {
	const base = {
		displayName: field.displayName,
		name: field.key,
		description: field.description,
		...(field.required ? { required: true } : {}),
		...(field.placeholder ? { placeholder: field.placeholder } : {}),
	};
	switch (field.kind) {
		case 'string':
			if (field.format === 'date-time') return { ...base, type: 'dateTime', default: '', description: appendSentence(field.description, dateHint) };
			return { ...base, type: 'string', default: '' };
		case 'number':
			return {
				...base,
				type: 'number',
				default: field.default ?? 0,
				typeOptions: {
					...(field.minimum !== undefined ? { minValue: field.minimum } : {}),
					...(field.maximum !== undefined ? { maxValue: field.maximum } : {}),
					...(field.integer ? { numberPrecision: 0 } : {}),
				},
			};
		case 'boolean':
			return { ...base, type: 'boolean', default: field.default ?? false };
		case 'options':
			return { ...base, type: 'options', options: [...field.options], default: field.default ?? field.options[0].value };
		case 'multiOptions':
			return { ...base, type: 'multiOptions', options: [...field.options], default: [] };
		case 'list':
			if (field.pickFrom) return pickedListProperty(field, field.pickFrom, base);
			return {
				...base,
				type: 'string',
				default: '',
				description: listDescription(field),
			};
		case 'locator':
			return locatorProperty(field);
		case 'attributes':
			return attributesProperty(field);
		case 'costs':
			return costsProperty(field);
		case 'objectList':
			return objectListProperty(field);
	}
}

/** Optional fields go into an "Additional Fields" collection, sorted as n8n expects. */
export function additionalFieldsProperty(fields: readonly Field[], extra: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Additional Fields',
		name: ADDITIONAL_FIELDS,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: fields.map((field) => toProperty(field)).sort(byDisplayName),
		...extra,
	};
}

function repeatable(
	field: Field,
	rowName: string,
	rowDisplayName: string,
	values: INodeProperties[],
): INodeProperties {
	return {
		displayName: field.displayName,
		name: field.key,
		description: field.description,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: `Add ${rowDisplayName}`,
		default: {},
		...(field.required ? { required: true } : {}),
		options: [{ name: rowName, displayName: rowDisplayName, values }],
	};
}

/**
 * n8n's resource locator: a searchable list, or the ID (or name) typed or given by an expression.
 * `chooseWhat` names the entry in the list's placeholder ("Choose Attribute..."); default: the field's name.
 */
export function locatorProperty(field: LocatorField, chooseWhat = field.displayName.replace(/ (ID|Name)$/, '')): INodeProperties {
	const typed =
		typedBy(field.list) === 'id'
			? {
					displayName: TYPED_MODE_LABEL.id,
					name: 'id',
					type: 'string' as const,
					placeholder: 'e.g. 42',
					validation: [{ type: 'regex', properties: { regex: '^\\s*[0-9]+\\s*$', errorMessage: 'Enter the numeric ID, e.g. 42' } }],
				}
			: { displayName: TYPED_MODE_LABEL.name, name: 'name', type: 'string' as const, placeholder: field.placeholder ?? 'e.g. newsletter_signup' };
	return {
		displayName: field.displayName,
		name: field.key,
		description: field.description,
		...(field.required ? { required: true } : {}),
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Choose ${chooseWhat}...`,
				typeOptions: { searchListMethod: field.list, searchable: true },
			},
			typed,
		],
	};
}

function attributesProperty(field: AttributesField): INodeProperties {
	const name = locatorProperty({
		kind: 'locator',
		key: 'name',
		displayName: 'Name',
		description: 'The attribute as defined in Talon.One: pick it from the list of your custom attributes, or type its name',
		list: attributeList(field.entity),
		valueType: 'string',
		placeholder: 'e.g. loyaltyTier',
	}, 'Attribute');
	return repeatable(field, 'attribute', 'Attribute', [
		name,
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: [...attributeTypes],
			default: 'string',
			description: 'The type of the attribute in Talon.One; the value is converted to it',
		},
		{
			displayName: 'Value',
			name: 'value',
			type: 'string',
			default: '',
			description: 'The value to set. A date needs a time zone, e.g. 2026-12-24T18:00:00Z; a list is separated by commas.',
		},
	]);
}

function costsProperty(field: CostsField): INodeProperties {
	return repeatable(field, 'cost', 'Cost', [
		{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'The additional cost name as defined in Talon.One, e.g. shipping' },
		{ displayName: 'Price', name: 'price', type: 'number', default: 0, description: 'The amount' },
	]);
}

/** n8n lists a row's fields alphabetically from five on (its lint requires it). */
const MIN_FIELDS_TO_ALPHABETIZE = 5;

/** A row: required sub-fields first, the optional ones below them (in a group of their own when the row is long). */
function objectListProperty(field: ObjectListField): INodeProperties {
	const required = field.fields.filter((f) => f.required).map((f) => toProperty(f));
	const optional = field.fields.filter((f) => !f.required).map((f) => toProperty(f));
	const rowName = itemTitle(field);
	const short = required.length + optional.length < MIN_FIELDS_TO_ALPHABETIZE;
	const values = short
		? [...required, ...optional]
		: [
				...required.sort(byDisplayName),
				...(optional.length
					? [
							{
								...additionalFieldsProperty(field.fields.filter((f) => !f.required)),
								displayName: field.optionalGroupName ?? 'Additional Fields',
								description: `Optional ${field.itemLabel} fields`,
							},
						]
					: []),
			];
	return repeatable(field, 'item', rowName, values);
}

/**
 * The parameters of a repeatable group: where its entries come from (typed rows or a list in the
 * input), the rows, and the list with its property mapping.
 */
export function objectListProperties(field: ObjectListField): INodeProperties[] {
	return [
		sourceProperty(field),
		{ ...objectListProperty(field), displayOptions: { show: { [listParameter.source(field)]: ['rows'] } } },
		...inputListProperties(field),
	];
}
