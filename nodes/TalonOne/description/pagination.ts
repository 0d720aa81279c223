import type { INodeProperties } from 'n8n-workflow';
import type { NumberField } from '../fields/types';
import type { OperationDefinition } from '../operations/types';

/** Limit as a field of the field language, so a broken value is reported like any other field's. */
export const limitField: NumberField = {
	kind: 'number',
	key: 'limit',
	displayName: 'Limit',
	description: 'Max number of results to return',
	required: true,
	integer: true,
	minimum: 1,
	default: 50,
};

/** Return All / Limit, as in n8n's own nodes, for operations that read page by page. */
export function paginationProperties(op: OperationDefinition): INodeProperties[] {
	const shown = { resource: [op.resource], operation: [op.operation] };
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: { show: shown },
		},
		{
			displayName: limitField.displayName,
			name: limitField.key,
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: limitField.description,
			displayOptions: { show: { ...shown, returnAll: [false] } },
		},
	];
}
