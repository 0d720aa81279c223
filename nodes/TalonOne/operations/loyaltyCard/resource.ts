import type { ResourceDefinition } from '../types';

export const resource: ResourceDefinition = {
	value: 'loyaltyCard',
	displayName: 'Loyalty Card',
	description: 'Loyalty cards of card-based programs: create, link to customers, balances, history, points',
	position: 9,
	defaultOperation: 'getBalances',
};
