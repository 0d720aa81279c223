import { needsManagementKey } from '../managementFields';
import type { OperationDefinition } from '../types';

export const getAudiences: OperationDefinition = {
	operationId: 'getAudiences',
	resource: 'audience',
	operation: 'getMany',
	displayName: 'Get Many',
	action: 'Get many audiences',
	description: `Lists the audiences of the account with their IDs and names. Outputs one item per audience. ${needsManagementKey('audiences')}`,
	method: 'GET',
	path: '/v1/audiences',
	auth: ['management'],
	paginate: { maxPageSize: 1000 },
};
