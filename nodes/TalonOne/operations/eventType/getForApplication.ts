import type { OperationDefinition } from '../types';
import { applicationId } from '../sharedFields';

export const getApplicationEventTypes: OperationDefinition = {
	operationId: 'getApplicationEventTypes',
	resource: 'eventType',
	operation: 'getForApplication',
	displayName: 'Get Many in Application',
	action: 'Get the event types used in an application',
	description: 'Lists the names of the event types an Application has received, one output item each. Needs a Management API key.',
	method: 'GET',
	path: '/v1/applications/{applicationId}/event_types',
	pathFields: [applicationId],
	auth: ['management'],
	paginate: { maxPageSize: 1000 },
	listOutputs: (names) => (names as unknown as string[]).map((name) => ({ name })),
};
