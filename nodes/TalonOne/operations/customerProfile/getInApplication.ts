import { applicationId, customerId, needsManagementKey } from '../managementFields';
import type { OperationDefinition } from '../types';

export const getApplicationCustomer: OperationDefinition = {
	operationId: 'getApplicationCustomer',
	resource: 'customerProfile',
	operation: 'getInApplication',
	displayName: 'Get in Application',
	action: 'Get a customer profile as one application sees it',
	description: `Gets a customer's profile as one Application sees it, including the advocate who referred them. ${needsManagementKey('customer data')}`,
	method: 'GET',
	path: '/v1/applications/{applicationId}/customers/{customerId}',
	pathFields: [applicationId, customerId],
	auth: ['management'],
};
