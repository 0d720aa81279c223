import { balancesSummaryDescription, summarizeBalances } from '../../response/loyalty';
import type { OperationDefinition } from '../types';
import { loyaltyProgramId } from '../loyaltyFields';
import { profileIntegrationId } from '../sharedFields';
import { balanceQuery } from './shared';

export const getLoyaltyBalances: OperationDefinition = {
	operationId: 'getLoyaltyBalances',
	resource: 'loyalty',
	operation: 'getBalances',
	displayName: 'Get Balances',
	action: 'Get the points balance and tier of a customer',
	description: "Returns a customer's active, pending, spent and expired points in a loyalty program, with the current tier and each subledger's balance",
	method: 'GET',
	path: '/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/balances',
	pathFields: [loyaltyProgramId, profileIntegrationId],
	queryFields: balanceQuery,
	auth: ['apiKey'],
	simplify: summarizeBalances,
	simplifyDescription: balancesSummaryDescription,
};
