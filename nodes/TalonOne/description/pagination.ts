import type { INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../operations/types';

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
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { ...shown, returnAll: [false] } },
		},
	];
}
