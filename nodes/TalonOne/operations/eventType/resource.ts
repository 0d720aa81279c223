import type { ResourceDefinition } from '../types';

export const resource: ResourceDefinition = {
	value: 'eventType',
	displayName: 'Event Type',
	description: 'The custom event types your account defines, which Event > Track sends (Management API)',
	position: 23,
	defaultOperation: 'getMany',
};
