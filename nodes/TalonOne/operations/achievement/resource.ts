import type { ResourceDefinition } from '../types';

export const resource: ResourceDefinition = {
	value: 'achievement',
	displayName: 'Achievement',
	description: "A customer's progress in your achievements, e.g. \"order 3 times this month\"",
	position: 11,
	defaultOperation: 'getMany',
};
