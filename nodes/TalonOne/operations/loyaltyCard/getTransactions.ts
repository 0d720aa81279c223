import type { OperationDefinition } from '../types';
import { filtersGroup, loyaltyCardId, loyaltyProgramId, sessionAndTransactionFilters, subledgersQuery, transactionFilters } from '../loyaltyFields';

export const getLoyaltyCardTransactions: OperationDefinition = {
	operationId: 'getLoyaltyCardTransactions',
	resource: 'loyaltyCard',
	operation: 'getTransactions',
	displayName: 'Get Transactions',
	action: 'List the points history of a loyalty card',
	description: "Lists every addition and deduction of a card's points, one output item per transaction, newest first",
	method: 'GET',
	path: '/v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/transactions',
	pathFields: [loyaltyProgramId, loyaltyCardId],
	queryFields: [...transactionFilters, subledgersQuery('Only transactions in these subledgers.', filtersGroup), ...sessionAndTransactionFilters('transactions', 'Only these transactions')],
	auth: ['apiKey'],
	paginate: { maxPageSize: 1000 },
};
