import type { OperationDefinition } from '../types';

export const getEventV3: OperationDefinition = {
	operationId: 'getEventV3',
	resource: 'event',
	operation: 'get',
	displayName: 'Get (V3)',
	action: 'Get a unique event',
	description: 'Reads an event tracked with Track (Unique, V3) by its event ID, with the effects it gave',
	method: 'GET',
	path: '/v3/events/{integrationId}',
	pathFields: [
		{
			kind: 'string',
			key: 'integrationId',
			displayName: 'Event ID',
			description: 'The event ID you sent with Track (Unique, V3)',
			required: true,
			placeholder: 'e.g. share-2026-06-01-42',
			minLength: 1,
		},
	],
	auth: ['apiKey'],
};
