import type { ResourceDefinition } from '../types';

export const resource: ResourceDefinition = {
	value: 'audience',
	displayName: 'Audience',
	description: 'Groups of customers',
	position: 6,
	defaultOperation: 'create',
};
