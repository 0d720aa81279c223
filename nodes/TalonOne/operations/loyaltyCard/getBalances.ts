import { balancesSummaryDescription, summarizeBalances } from '../../response/loyalty';
import type { OperationDefinition } from '../types';
import { balanceAt, loyaltyCardId, loyaltyProgramId, subledgersQuery } from '../loyaltyFields';

export const getLoyaltyCardBalances: OperationDefinition = {
	operationId: 'getLoyaltyCardBalances',
	resource: 'loyaltyCard',
	operation: 'getBalances',
	displayName: 'Get Balances',
	action: 'Get the points balance of a loyalty card',
	description: "Returns a card's active, pending, spent and expired points, each subledger's balance and the customers linked to the card",
	method: 'GET',
	path: '/v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/balances',
	pathFields: [loyaltyProgramId, loyaltyCardId],
	queryFields: [balanceAt, subledgersQuery('Only these subledgers\' balances (under subledgers); the main balance is always returned.')],
	auth: ['apiKey'],
	simplify: summarizeBalances,
	simplifyDescription: balancesSummaryDescription,
};
