import type { ResourceDefinition } from '../types';

export const resource: ResourceDefinition = {
	value: 'pricing',
	displayName: 'Pricing',
	description: 'Price history of your products, e.g. the lowest price of the last 30 days for a sale label',
	position: 13,
	defaultOperation: 'bestPriorPrice',
};
