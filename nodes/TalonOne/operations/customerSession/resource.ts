import type { ResourceDefinition } from '../types';

export const resource: ResourceDefinition = {
	value: 'customerSession',
	displayName: 'Customer Session',
	description: 'A cart or order and the discounts it gets',
	position: 1,
	defaultOperation: 'update',
};
