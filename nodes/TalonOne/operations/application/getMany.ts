import type { OperationDefinition } from '../types';

export const getApplications: OperationDefinition = {
	operationId: 'getApplications',
	resource: 'application',
	operation: 'getMany',
	displayName: 'Get Many',
	action: 'Get many applications',
	description: 'Lists the Applications of your account, one output item each',
	method: 'GET',
	path: '/v1/applications',
	auth: ['management'],
	paginate: { maxPageSize: 1000 },
};
