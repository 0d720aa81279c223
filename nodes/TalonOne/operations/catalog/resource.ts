import type { ResourceDefinition } from '../types';

export const resource: ResourceDefinition = {
	value: 'catalog',
	displayName: 'Catalog',
	description: 'Your product catalog in Talon.One, for rules on product attributes',
	position: 12,
	defaultOperation: 'sync',
};
