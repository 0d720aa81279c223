import { customerId, needsManagementKey } from '../managementFields';
import type { OperationDefinition } from '../types';

export const getCustomerProfile: OperationDefinition = {
	operationId: 'getCustomerProfile',
	resource: 'customerProfile',
	operation: 'get',
	displayName: 'Get',
	action: 'Get a customer profile',
	description: `Gets a customer's profile (attributes, sales, loyalty and audience memberships) by Talon.One's numeric customer ID. ${needsManagementKey('customer data')}`,
	method: 'GET',
	path: '/v1/customers/{customerId}',
	pathFields: [customerId],
	auth: ['management'],
};
