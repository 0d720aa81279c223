import type { OperationDefinition } from '../types';
import { loyaltyProgramId, pointsFilters, pointsSort, pointsStatus } from '../loyaltyFields';
import { profileIntegrationId } from '../sharedFields';

export const getLoyaltyProgramProfilePoints: OperationDefinition = {
	operationId: 'getLoyaltyProgramProfilePoints',
	resource: 'loyalty',
	operation: 'getPoints',
	displayName: 'Get Points',
	action: 'List the points of a customer by status',
	description: "Lists a customer's points by status, one output item per addition, with when they became active and when they expire",
	method: 'GET',
	path: '/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/points',
	pathFields: [loyaltyProgramId, profileIntegrationId],
	queryFields: [pointsStatus, pointsSort, ...pointsFilters],
	auth: ['apiKey'],
	paginate: { maxPageSize: 1000 },
};
