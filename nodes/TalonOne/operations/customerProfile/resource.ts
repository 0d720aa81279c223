import type { ResourceDefinition } from '../types';

export const resource: ResourceDefinition = {
	value: 'customerProfile',
	displayName: 'Customer Profile',
	description: 'A customer and their attributes',
	position: 2,
	defaultOperation: 'update',
};
