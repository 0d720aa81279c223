import { needsManagementKey } from '../managementFields';
import { audienceId } from '../sharedFields';
import type { OperationDefinition } from '../types';

export const getAudienceMembers: OperationDefinition = {
	operationId: 'getAudienceMemberships',
	resource: 'audience',
	operation: 'getMembers',
	displayName: 'Get Members',
	action: 'Get the members of an audience',
	description: `Lists the customer profiles in an audience. Outputs one item per customer. ${needsManagementKey('audiences')}`,
	method: 'GET',
	path: '/v1/audiences/{audienceId}/memberships',
	pathFields: [audienceId],
	auth: ['management'],
	paginate: { maxPageSize: 1000 },
};
