import type { OperationDefinition } from '../types';
import { filters } from '../sharedFields';

export const getEventTypes: OperationDefinition = {
	operationId: 'getEventTypes',
	resource: 'eventType',
	operation: 'getMany',
	displayName: 'Get Many',
	action: 'Get many event types',
	description: 'Lists the custom event types of your account with their attributes, one output item each. Needs a Management API key.',
	method: 'GET',
	path: '/v1/event_types',
	queryFields: [
		{ kind: 'string', key: 'name', displayName: 'Name', description: 'Only the event type with exactly this name', placeholder: 'e.g. newsletter_signup', group: filters },
		{
			kind: 'boolean',
			key: 'includeOldVersions',
			displayName: 'Include Old Versions',
			description: 'Whether to list earlier versions of changed event types too',
			group: filters,
		},
	],
	auth: ['management'],
	paginate: { maxPageSize: 1000 },
};
