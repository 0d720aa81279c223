import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { placeOf, type Place } from '../fields/placement';
import { additionalFieldsProperty, byDisplayName, objectListProperties, toProperty } from '../fields/properties';
import { operations, resources } from '../operations';
import type { OperationDefinition } from '../operations/types';
import { simplifyProperty } from '../response/simplify';
import { isManagementOnly } from '../transport/auth';
import { optionsProperty } from './optionsProperty';
import { paginationProperties } from './pagination';

type Show = Record<string, unknown[]>;

/** Shown only for this operation (and `extra`), keeping any condition the property already has. */
function shownFor(op: OperationDefinition, property: INodeProperties, extra: Show = {}): INodeProperties {
	const own = property.displayOptions?.show ?? {};
	return { ...property, displayOptions: { show: { ...own, resource: [op.resource], operation: [op.operation], ...extra } } };
}

const typed: Show = { inputMode: ['fields'] };

function bodyProperties(op: OperationDefinition): INodeProperties[] {
	const fields = op.bodyFields;
	if (!fields) return [];
	const placed = (place: Place) => fields.filter((f) => placeOf(f, 'body') === place);
	const additional = placed('additionalFields');
	const bodyNote = 'The request body as Talon.One expects it, e.g. built from the input with an expression';
	// n8n style: one sentence without a final period, several sentences each with one.
	const jsonBodyDescription = op.batch
		? `${bodyNote}. Each input item is one entry; the node combines them into batches.`
		: bodyNote;
	const inputMode: INodeProperties = {
		displayName: 'Input Mode',
		name: 'inputMode',
		type: 'options',
		noDataExpression: true,
		description: 'Fill in the fields below, or write the whole request body as JSON',
		options: [
			{ name: 'Using Fields Below', value: 'fields', description: 'Fill in each field' },
			{ name: 'Using JSON', value: 'json', description: 'Write the whole request body as JSON (expressions allowed)' },
		],
		default: 'fields',
	};
	const jsonBody: INodeProperties = {
		displayName: 'JSON Body',
		name: 'jsonBody',
		type: 'json',
		default: '{}',
		required: true,
		description: jsonBodyDescription,
	};
	return [
		shownFor(op, inputMode),
		shownFor(op, jsonBody, { inputMode: ['json'] }),
		...placed('top').map((f) => shownFor(op, toProperty(f), typed)),
		...placed('objectList').flatMap((f) => (f.kind === 'objectList' ? objectListProperties(f) : [])).map((p) => shownFor(op, p, typed)),
		...(additional.length ? [shownFor(op, additionalFieldsProperty(additional), typed)] : []),
	];
}

/** One collection per field group, holding its query fields and, in fields mode, its body fields. */
function groupProperties(op: OperationDefinition): INodeProperties[] {
	const grouped = [
		...(op.queryFields ?? []).filter((f) => f.group).map((field) => ({ field, bodyOnly: false })),
		...(op.bodyFields ?? []).filter((f) => f.group).map((field) => ({ field, bodyOnly: true })),
	];
	const groups = [...new Set(grouped.map(({ field }) => field.group!))];
	return groups.map((group) => {
		const members = grouped.filter(({ field }) => field.group === group);
		// A group of body fields only (e.g. Update Fields) has nothing to offer in JSON mode: shown in fields mode only.
		const bodyOnlyGroup = members.every(({ bodyOnly }) => bodyOnly);
		const collection: INodeProperties = {
			displayName: group.displayName,
			name: group.name,
			type: 'collection',
			placeholder: group.placeholder,
			default: {},
			description: group.description,
			options: members
				.map(({ field, bodyOnly }) =>
					bodyOnly && !bodyOnlyGroup ? { ...toProperty(field), displayOptions: { show: { '/inputMode': ['fields'] } } } : toProperty(field),
				)
				.sort(byDisplayName),
		};
		return shownFor(op, collection, bodyOnlyGroup ? typed : {});
	});
}

function operationProperties(op: OperationDefinition): INodeProperties[] {
	return [
		...(op.pathFields ?? []).map((f) => shownFor(op, toProperty(f))),
		...bodyProperties(op),
		...(op.queryFields ?? []).filter((f) => placeOf(f, 'query') === 'top').map((f) => shownFor(op, toProperty(f))),
		...groupProperties(op),
		...(op.paginate ? paginationProperties(op) : []),
		...(op.simplify ? [shownFor(op, op.simplifyDescription ? { ...simplifyProperty, description: op.simplifyDescription } : simplifyProperty)] : []),
	];
}

/** n8n lists options alphabetically by name; the table order still decides the default. */
function byName(a: INodePropertyOptions, b: INodePropertyOptions): number {
	return a.name.localeCompare(b.name);
}

/** The operation's description, saying when it needs the credential's Management API key. */
export function operationDescription(op: OperationDefinition): string {
	return isManagementOnly(op.auth) && !op.description.includes('Management API key') ? `${op.description}. Needs a Management API key.` : op.description;
}

function operationSelector(resource: string): INodeProperties {
	const ops = operations.filter((op) => op.resource === resource);
	const firstInTable = ops[0].operation;
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: ops
			.map((op) => ({ name: op.displayName, value: op.operation, action: op.action, description: operationDescription(op) }))
			.sort(byName),
		default: firstInTable,
	};
}

/** The node's parameters, derived entirely from the operation table. */
export function buildProperties(): INodeProperties[] {
	const firstResource = resources[0].value;
	return [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: resources.map((r) => ({ name: r.displayName, value: r.value, description: r.description })).sort(byName),
			default: firstResource,
		},
		...resources.map((r) => operationSelector(r.value)),
		...operations.flatMap(operationProperties),
		optionsProperty,
	];
}
