import type { OperationDefinition } from '../types';
import { audienceId } from '../sharedFields';
import { managedAudienceHelp } from './shared';

export const updateAudienceMembers: OperationDefinition = {
	operationId: 'updateCustomerProfileAudiences',
	resource: 'audience',
	operation: 'updateMembers',
	displayName: 'Add or Remove Members',
	action: 'Add customers to or remove them from an audience',
	description:
		`Adds customers to an audience or removes them: each input item is one change, sent in batches. ${managedAudienceHelp}`,
	method: 'POST',
	path: '/v2/customer_audiences',
	bodyFields: [
		{
			kind: 'options',
			key: 'action',
			displayName: 'Action',
			description: 'Whether to add the customer to the audience or remove them from it',
			required: true,
			options: [
				{ name: 'Add', value: 'add', action: 'Add a customer to an audience' },
				{ name: 'Remove', value: 'delete', action: 'Remove a customer from an audience' },
			],
			default: 'add',
		},
		{
			kind: 'string',
			key: 'profileIntegrationId',
			displayName: 'Customer Profile ID',
			description: "Your ID for the customer (Talon.One's integration ID)",
			required: true,
			minLength: 1,
			maxLength: 1000,
		},
		audienceId,
	],
	auth: ['apiKey'],
	entityField: 'profileIntegrationId',
	batch: {
		mode: 'wrap',
		key: 'data',
		maxEntries: 1000,
		splitResponse: (_response, units) => units.map((unit) => ({ success: true, ...unit })),
	},
};
