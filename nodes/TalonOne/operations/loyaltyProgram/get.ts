import type { OperationDefinition } from '../types';
import { loyaltyProgramId, managementKeyNeeded } from '../loyaltyFields';

export const getLoyaltyProgram: OperationDefinition = {
	operationId: 'getLoyaltyProgram',
	resource: 'loyaltyProgram',
	operation: 'get',
	displayName: 'Get',
	action: 'Get a loyalty program',
	description: `Returns a loyalty program's settings: tiers, default validity and pending period, subledgers, card-based or not. ${managementKeyNeeded}`,
	method: 'GET',
	path: '/v1/loyalty_programs/{loyaltyProgramId}',
	pathFields: [loyaltyProgramId],
	auth: ['management'],
};
