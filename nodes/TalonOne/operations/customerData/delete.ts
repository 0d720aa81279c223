import type { OperationDefinition } from '../types';
import { profileIntegrationId } from '../sharedFields';

export const deleteCustomerData: OperationDefinition = {
	operationId: 'deleteCustomerData',
	resource: 'customerData',
	operation: 'delete',
	displayName: 'Delete',
	action: 'Delete all data of a customer',
	description:
		"Permanently deletes the customer's profile, sessions, events and other personal data (for erasure requests). This cannot be undone.",
	method: 'DELETE',
	path: '/v1/customer_data/{integrationId}',
	pathFields: [profileIntegrationId],
	auth: ['apiKey', 'signing'],
};
