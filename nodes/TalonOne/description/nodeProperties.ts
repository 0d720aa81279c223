import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { additionalFieldsProperty, toProperty } from '../fields/properties';
import { operations, resources } from '../operations';
import type { OperationDefinition } from '../operations/types';
import { optionsProperty } from './optionsProperty';
import { paginationProperties } from './pagination';

function show(op: OperationDefinition, extra: Record<string, unknown[]> = {}) {
	return { displayOptions: { show: { resource: [op.resource], operation: [op.operation], ...extra } } };
}

function bodyProperties(op: OperationDefinition): INodeProperties[] {
	const fields = op.bodyFields;
	if (!fields) return [];
	const typed = { inputMode: ['fields'] };
	const bodyNote = 'The request body as Talon.One expects it, e.g. built from the input with an expression';
	// n8n style: one sentence without a final period, several sentences each with one.
	const jsonBodyDescription = op.batch
		? `${bodyNote}. Each input item is one entry; the node combines them into batches.`
		: bodyNote;
	return [
		{
			displayName: 'Input Mode',
			name: 'inputMode',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Using Fields Below', value: 'fields', description: 'Fill in each field' },
				{ name: 'Using JSON', value: 'json', description: 'Write the whole request body as JSON (expressions allowed)' },
			],
			default: 'fields',
			...show(op),
		},
		{
			displayName: 'JSON Body',
			name: 'jsonBody',
			type: 'json',
			default: '{}',
			required: true,
			description: jsonBodyDescription,
			...show(op, { inputMode: ['json'] }),
		},
		...fields.filter((f) => f.required).map((f) => ({ ...toProperty(f), ...show(op, typed) })),
		...(fields.some((f) => !f.required)
			? [additionalFieldsProperty(fields.filter((f) => !f.required), show(op, typed))]
			: []),
	];
}

function operationProperties(op: OperationDefinition): INodeProperties[] {
	return [
		...(op.pathFields ?? []).map((f) => ({ ...toProperty(f), ...show(op) })),
		...bodyProperties(op),
		...(op.queryFields ?? []).map((f) => ({ ...toProperty(f), ...show(op) })),
		...(op.paginate ? paginationProperties(op) : []),
	];
}

/** n8n lists options alphabetically by name; the table order still decides the default. */
function byName(a: INodePropertyOptions, b: INodePropertyOptions): number {
	return a.name.localeCompare(b.name);
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
			.map((op) => ({ name: op.displayName, value: op.operation, action: op.action, description: op.description }))
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
