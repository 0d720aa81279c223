import type { ResourceDefinition } from '../types';

export const resource: ResourceDefinition = {
	value: 'loyaltyProgram',
	displayName: 'Loyalty Program',
	description: 'Your loyalty programs and their tiers (needs a Management API key)',
	position: 10,
	defaultOperation: 'getMany',
};
