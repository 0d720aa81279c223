import type { OperationDefinition } from '../types';
import { loyaltyCardId, loyaltyProgramId, managementKeyNeeded } from '../loyaltyFields';

export const getLoyaltyCard: OperationDefinition = {
	operationId: 'getLoyaltyCard',
	resource: 'loyaltyCard',
	operation: 'get',
	displayName: 'Get',
	action: 'Get a loyalty card',
	description: `Returns a loyalty card: status, linked customers and balances. ${managementKeyNeeded}`,
	method: 'GET',
	path: '/v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}',
	pathFields: [loyaltyProgramId, loyaltyCardId],
	auth: ['management'],
};
