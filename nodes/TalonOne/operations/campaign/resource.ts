import type { ResourceDefinition } from '../types';

export const resource: ResourceDefinition = {
	value: 'campaign',
	displayName: 'Campaign',
	description: 'Promotions in an Application: find them, read their results, start or stop them',
	position: 21,
	defaultOperation: 'getMany',
};
