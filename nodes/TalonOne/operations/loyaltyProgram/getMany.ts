import type { OperationDefinition } from '../types';
import { managementKeyNeeded } from '../loyaltyFields';

export const getLoyaltyPrograms: OperationDefinition = {
	operationId: 'getLoyaltyPrograms',
	resource: 'loyaltyProgram',
	operation: 'getMany',
	displayName: 'Get Many',
	action: 'List loyalty programs',
	description: `Lists every loyalty program of the account, one output item per program (with its ID for the other loyalty operations). ${managementKeyNeeded}`,
	method: 'GET',
	path: '/v1/loyalty_programs',
	auth: ['management'],
	unpagedList: true,
};
