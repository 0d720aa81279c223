import type { OperationDefinition } from '../types';
import { applicationId } from '../sharedFields';

export const getApplication: OperationDefinition = {
	operationId: 'getApplication',
	resource: 'application',
	operation: 'get',
	displayName: 'Get',
	action: 'Get an application',
	description: "Gets an Application's settings: name, currency, time zone and its loyalty programs",
	method: 'GET',
	path: '/v1/applications/{applicationId}',
	pathFields: [applicationId],
	auth: ['management'],
};
