import type { OperationDefinition } from '../types';
import { loyaltyProgramId } from '../loyaltyFields';

export const activateLoyaltyPoints: OperationDefinition = {
	operationId: 'activateLoyaltyPoints',
	resource: 'loyalty',
	operation: 'activatePoints',
	displayName: 'Activate Points',
	action: 'Make pending points usable',
	description:
		'Makes points that wait for activation usable now, e.g. once the return period of the order that earned them has passed. Add the session (order) that added them, or their transaction UUIDs, under Additional Fields.',
	method: 'POST',
	path: '/v1/loyalty_programs/{loyaltyProgramId}/activate_points',
	pathFields: [loyaltyProgramId],
	bodyFields: [
		{
			kind: 'string',
			key: 'sessionId',
			displayName: 'Customer Session ID',
			description: 'Activate the pending points that this session (order) added',
			placeholder: 'e.g. order-10045',
			minLength: 1,
		},
		{
			kind: 'list',
			key: 'transactionUUIDs',
			displayName: 'Transaction UUIDs',
			description: 'Activate these pending transactions (their transactionUUID from Get Transactions), at most 50',
			itemType: 'string',
			minItems: 1,
			maxItems: 50,
			itemFormat: 'uuid',
		},
	],
	auth: ['apiKey'],
};
