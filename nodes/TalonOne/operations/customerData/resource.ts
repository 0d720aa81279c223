import type { ResourceDefinition } from '../types';

export const resource: ResourceDefinition = {
	value: 'customerData',
	displayName: 'Customer Data',
	description: 'A customer\'s data, for access and erasure requests',
	position: 7,
	defaultOperation: 'getInventory',
};
