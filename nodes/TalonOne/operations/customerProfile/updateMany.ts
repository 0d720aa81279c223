import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../types';
import { attributes, silent } from '../sharedFields';

export const updateManyCustomerProfiles: OperationDefinition = {
	operationId: 'updateCustomerProfilesV2',
	resource: 'customerProfile',
	operation: 'updateMany',
	displayName: 'Update Many',
	action: 'Create or update many customer profiles',
	description:
		'Creates or updates customer profiles in bulk: each input item is one profile, sent in batches of up to 1000',
	method: 'PUT',
	path: '/v2/customer_profiles',
	queryFields: [silent('the updated profiles')],
	bodyFields: [
		{
			kind: 'string',
			key: 'integrationId',
			displayName: 'Customer Profile ID',
			description: "Your ID for the customer (Talon.One's integration ID)",
			required: true,
			minLength: 1,
			maxLength: 1000,
		},
		attributes('Custom profile attributes defined in Talon.One'),
	],
	auth: ['apiKey'],
	entityField: 'integrationId',
	batch: {
		mode: 'wrap',
		key: 'customerProfiles',
		maxEntries: 1000,
		splitResponse: (response, units) => {
			const states = (response as { integrationStates?: IDataObject[] } | undefined)?.integrationStates;
			return units.map((unit, index) => states?.[index] ?? { success: true, integrationId: unit.integrationId });
		},
	},
};
