import type { OperationDefinition } from '../types';
import { filtersGroup, loyaltyProgramId, sessionAndTransactionFilters, subledgerQuery, transactionFilters } from '../loyaltyFields';
import { profileIntegrationId } from '../sharedFields';

export const getLoyaltyProgramProfileTransactions: OperationDefinition = {
	operationId: 'getLoyaltyProgramProfileTransactions',
	resource: 'loyalty',
	operation: 'getTransactions',
	displayName: 'Get Transactions',
	action: 'List the points history of a customer',
	description: "Lists every addition and deduction of a customer's points, one output item per transaction, newest first",
	method: 'GET',
	path: '/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/transactions',
	pathFields: [loyaltyProgramId, profileIntegrationId],
	queryFields: [...transactionFilters, subledgerQuery('Only this subledger\'s transactions.', filtersGroup), ...sessionAndTransactionFilters('transactions', 'Only these transactions')],
	auth: ['apiKey'],
	paginate: { maxPageSize: 1000 },
};
