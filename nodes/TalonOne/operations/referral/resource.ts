import type { ResourceDefinition } from '../types';

export const resource: ResourceDefinition = {
	value: 'referral',
	displayName: 'Referral',
	description: 'Referral codes that customers share with friends',
	position: 5,
	defaultOperation: 'create',
};
