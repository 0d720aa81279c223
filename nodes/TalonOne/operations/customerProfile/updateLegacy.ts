import type { OperationDefinition } from '../types';
import { attributes, dryRun, profileIntegrationId } from '../sharedFields';

export const updateCustomerProfileLegacy: OperationDefinition = {
	operationId: 'updateCustomerProfile',
	resource: 'customerProfile',
	operation: 'updateLegacy',
	displayName: 'Update (Legacy V1)',
	action: 'Update a customer profile with the legacy V1 API',
	description:
		'Deprecated by Talon.One: use Update instead. Kept for Applications that still sign requests with the application key.',
	method: 'PUT',
	path: '/v1/customer_profiles/{integrationId}',
	pathFields: [profileIntegrationId],
	queryFields: [dryRun('the update')],
	bodyFields: [attributes('Custom profile attributes defined in Talon.One', 'CustomerProfile')],
	auth: ['apiKey', 'signing'],
	legacy: true,
};
