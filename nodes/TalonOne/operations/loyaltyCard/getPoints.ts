import type { OperationDefinition } from '../types';
import { loyaltyCardId, loyaltyProgramId, pointsFilters, pointsSort, pointsStatus } from '../loyaltyFields';

export const getLoyaltyCardPoints: OperationDefinition = {
	operationId: 'getLoyaltyCardPoints',
	resource: 'loyaltyCard',
	operation: 'getPoints',
	displayName: 'Get Points',
	action: 'List the points of a loyalty card by status',
	description: "Lists a card's points by status, one output item per addition, with when they became active and when they expire",
	method: 'GET',
	path: '/v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/points',
	pathFields: [loyaltyProgramId, loyaltyCardId],
	queryFields: [pointsStatus, pointsSort, ...pointsFilters],
	auth: ['apiKey'],
	paginate: { maxPageSize: 1000 },
};
