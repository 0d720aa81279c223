import { managementKeyNeeded } from '../loyaltyFields';
import type { OperationDefinition } from '../types';
import { getLoyaltyBalances } from './getBalances';

/** The same balances through the Management API, for credentials that hold only a Management API key. */
export const getLoyaltyLedgerBalances: OperationDefinition = {
	...getLoyaltyBalances,
	operationId: 'getLoyaltyLedgerBalances',
	operation: 'getLedgerBalances',
	displayName: 'Get Balances (Management API)',
	action: 'Get the points balance and tier of a customer with a management key',
	description: `${getLoyaltyBalances.description}, like Get Balances but through the Management API. ${managementKeyNeeded}`,
	path: '/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/ledger_balances',
	auth: ['management'],
};
