import { needsManagementKey } from '../managementFields';
import { attributes } from '../sharedFields';
import type { OperationDefinition } from '../types';

export const searchCustomerProfiles: OperationDefinition = {
	operationId: 'getCustomersByAttributes',
	resource: 'customerProfile',
	operation: 'search',
	displayName: 'Search',
	action: 'Search customer profiles',
	description: `Finds customer profiles whose attributes have all the given values (they may have more), or by their IDs. Outputs one item per profile. ${needsManagementKey('customer data')}`,
	method: 'POST',
	path: '/v1/customer_search/no_total',
	queryFields: [
		{
			kind: 'boolean',
			key: 'sandbox',
			displayName: 'Sandbox Customers',
			description: 'Whether to search the customers of sandbox Applications instead of live ones',
			default: false,
		},
	],
	bodyFields: [
		attributes('Attribute values every profile found must have, e.g. Tier = gold', 'CustomerProfile'),
		{
			kind: 'list',
			key: 'integrationIDs',
			displayName: 'Customer Profile IDs',
			description: 'Your IDs of the customers to find. Separate several with commas, or use an expression that returns a list.',
			itemType: 'string',
		},
		{
			kind: 'list',
			key: 'profileIDs',
			displayName: 'Talon.One Customer IDs',
			description: "Talon.One's numeric IDs of the customers to find. Separate several with commas.",
			itemType: 'integer',
		},
	],
	auth: ['management'],
	idempotent: true,
	paginate: { maxPageSize: 1000 },
};
