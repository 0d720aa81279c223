import type { ResourceDefinition } from '../types';

export const resource: ResourceDefinition = {
	value: 'application',
	displayName: 'Application',
	description: 'Your shops or sites in Talon.One (Management API)',
	position: 20,
	defaultOperation: 'getMany',
};
