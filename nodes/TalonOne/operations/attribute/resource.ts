import type { ResourceDefinition } from '../types';

export const resource: ResourceDefinition = {
	value: 'attribute',
	displayName: 'Attribute',
	description: 'The custom attributes defined in your account, e.g. to check a name and type before using it (Management API)',
	position: 22,
	defaultOperation: 'getMany',
};
