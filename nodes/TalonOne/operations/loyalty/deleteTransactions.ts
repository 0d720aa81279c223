import type { OperationDefinition } from '../types';
import { loyaltyProgramId } from '../loyaltyFields';
import { profileIntegrationId } from '../sharedFields';

export const deleteLoyaltyTransactionsFromLedgers: OperationDefinition = {
	operationId: 'deleteLoyaltyTransactionsFromLedgers',
	resource: 'loyalty',
	operation: 'deleteTransactions',
	displayName: 'Delete Transactions',
	action: 'Delete the points history of a customer',
	description:
		"Permanently deletes all of a customer's transactions in the program (and with them the points), in every subledger or only in the chosen ones. This cannot be undone.",
	method: 'POST',
	path: '/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/delete_transactions',
	pathFields: [loyaltyProgramId, profileIntegrationId],
	bodyFields: [
		{
			kind: 'options',
			key: 'scope',
			displayName: 'Scope',
			description: 'Delete in every subledger (and the main balance), or only in the subledgers listed below',
			options: [
				{ name: 'All Subledgers', value: 'AllSubledgers' },
				{ name: 'Selected Subledgers', value: 'SelectedSubledgers' },
			],
			default: 'AllSubledgers',
			required: true,
		},
		{
			kind: 'list',
			key: 'subledgerIds',
			displayName: 'Subledger IDs',
			description: 'With Scope Selected Subledgers: the subledgers whose transactions to delete',
			itemType: 'string',
		},
	],
	auth: ['apiKey'],
};
