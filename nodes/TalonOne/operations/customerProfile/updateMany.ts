import type { IDataObject } from 'n8n-workflow';
import { EntriesById, Unaccounted } from '../batchAnswers';
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
		attributes('Custom profile attributes defined in Talon.One', 'CustomerProfile'),
	],
	auth: ['apiKey'],
	entityField: 'integrationId',
	batch: {
		mode: 'wrap',
		key: 'customerProfiles',
		maxEntries: 1000,
		// Paired by the profile's ID, not by position: the answer's order is not relied on.
		splitResponse: (response, units) => {
			const states = (response as { integrationStates?: unknown } | undefined)?.integrationStates;
			if (!Array.isArray(states)) return units.map((unit) => ({ success: true, integrationId: unit.integrationId }));
			const byProfile = new EntriesById(states as IDataObject[], (state) => (state.customerProfile as IDataObject | undefined)?.integrationId);
			return units.map(
				(unit) =>
					byProfile.take(unit.integrationId as string) ??
					new Unaccounted(
						`Talon.One's answer has no entry for customer profile ${JSON.stringify(unit.integrationId)}`,
						'Talon.One accepted the request, but its answer has no entry for this profile. The update may have been applied: check the profile in Talon.One before running the item again.',
					),
			);
		},
	},
};
