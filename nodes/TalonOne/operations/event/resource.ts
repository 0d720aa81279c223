import type { ResourceDefinition } from '../types';

export const resource: ResourceDefinition = {
	value: 'event',
	displayName: 'Event',
	description: 'Custom events such as a newsletter signup or a shared link',
	position: 3,
	defaultOperation: 'track',
};
