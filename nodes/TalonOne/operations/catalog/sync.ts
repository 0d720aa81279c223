import type { Field } from '../../fields/types';
import { attributeList } from '../../methods/listNames';
import type { OperationDefinition } from '../types';
import { attributes } from '../sharedFields';

const ADD = 'ADD';
const PATCH = 'PATCH';
const PATCH_MANY = 'PATCH_MANY';
const REMOVE = 'REMOVE';
const REMOVE_MANY = 'REMOVE_MANY';

const forActions = (values: readonly string[], required = false) => ({ usedFor: { key: 'type', values, required } });

const filterFields: readonly Field[] = [
	{
		kind: 'locator',
		key: 'attr',
		displayName: 'Attribute',
		description: 'The cart item attribute to compare: pick it from the list of your cart item attributes (needs a Management API key), or type its name, e.g. brand',
		required: true,
		list: attributeList('CartItem'),
		valueType: 'string',
		placeholder: 'e.g. brand',
	},
	{
		kind: 'options',
		key: 'op',
		displayName: 'Comparison',
		description: 'How the attribute is compared with the value',
		required: true,
		options: [
			{ name: 'Equals', value: 'EQ' },
			{ name: 'Greater or Equal', value: 'GE' },
			{ name: 'Greater Than', value: 'GT' },
			{ name: 'Is One Of', value: 'IN', description: 'The value lists several, separated by commas' },
			{ name: 'Less or Equal', value: 'LE' },
			{ name: 'Less Than', value: 'LT' },
		],
		default: 'EQ',
	},
	{ kind: 'string', key: 'value', displayName: 'Value', description: 'The value to compare with, e.g. acme', required: true, minLength: 1 },
];

export const syncCatalog: OperationDefinition = {
	operationId: 'syncCatalog',
	resource: 'catalog',
	operation: 'sync',
	displayName: 'Sync',
	action: 'Sync products to a catalog',
	description:
		'Adds, updates or removes products in a Talon.One catalog: each input item is one product change, sent in batches of up to 1000 (one kind of action per batch)',
	method: 'PUT',
	path: '/v1/catalogs/{catalogId}/sync',
	pathFields: [
		{
			kind: 'number',
			key: 'catalogId',
			displayName: 'Catalog ID',
			description: 'The numeric ID of the catalog (Account → Tools → Cart Item Catalogs in the Campaign Manager)',
			required: true,
			integer: true,
			minimum: 1,
		},
	],
	bodyFields: [
		{
			kind: 'options',
			key: 'type',
			displayName: 'Action',
			description: 'What to do with the product',
			required: true,
			options: [
				{ name: 'Add', value: ADD, description: 'Add a product (or replace it, with Replace If Exists)' },
				{ name: 'Remove', value: REMOVE, description: 'Remove one product by SKU' },
				{ name: 'Remove Many', value: REMOVE_MANY, description: 'Remove every product that matches the filters' },
				{ name: 'Update', value: PATCH, description: 'Change the price or attributes of one product by SKU' },
				{ name: 'Update Many', value: PATCH_MANY, description: 'Change the price or attributes of every product that matches the filters' },
			],
			default: ADD,
		},
		{
			kind: 'string',
			key: 'sku',
			displayName: 'SKU',
			description: 'The product code, unique in the catalog. Needed for Add, Update and Remove.',
			placeholder: 'e.g. SHOE-42',
			minLength: 1,
			parent: 'payload',
			...forActions([ADD, PATCH, REMOVE], true),
		},
		{ kind: 'number', key: 'price', displayName: 'Price', description: 'The price of the product', parent: 'payload', ...forActions([ADD, PATCH, PATCH_MANY]) },
		{ ...attributes('Product attributes defined in Talon.One for cart items, e.g. brand or color', 'CartItem'), parent: 'payload', ...forActions([ADD, PATCH, PATCH_MANY]) },
		{
			kind: 'boolean',
			key: 'replaceIfExists',
			displayName: 'Replace If Exists',
			description: 'Whether Add replaces a product with the same SKU instead of failing (a nightly full sync wants this)',
			parent: 'payload',
			...forActions([ADD]),
		},
		{
			kind: 'boolean',
			key: 'createIfNotExists',
			displayName: 'Create If Missing',
			description: 'Whether Update adds the product when its SKU is not in the catalog yet',
			parent: 'payload',
			...forActions([PATCH]),
		},
		{
			kind: 'objectList',
			key: 'filters',
			displayName: 'Filters',
			description: 'Which products Update Many and Remove Many change: those matching every filter',
			itemLabel: 'filter',
			fields: filterFields,
			parent: 'payload',
			...forActions([PATCH_MANY, REMOVE_MANY], true),
		},
	],
	auth: ['apiKey'],
	batch: {
		mode: 'wrap',
		key: 'actions',
		maxEntries: 1000,
		sameIn: 'type',
		uniqueIn: 'payload.sku',
		splitResponse: (response, units) => {
			const catalog = (response ?? {}) as { id?: number; version?: number };
			return units.map((unit) => ({
				catalogId: catalog.id,
				catalogVersion: catalog.version,
				action: unit.type,
				...((unit.payload as { sku?: string } | undefined)?.sku !== undefined ? { sku: (unit.payload as { sku: string }).sku } : {}),
				success: true,
			}));
		},
	},
};
