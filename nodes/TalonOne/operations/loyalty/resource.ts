import type { ResourceDefinition } from '../types';

export const resource: ResourceDefinition = {
	value: 'loyalty',
	displayName: 'Loyalty',
	description: "A customer's loyalty points: balances, tier, history, adding and deducting points",
	position: 8,
	defaultOperation: 'getBalances',
};
