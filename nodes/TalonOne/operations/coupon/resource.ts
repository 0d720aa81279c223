import type { ResourceDefinition } from '../types';

export const resource: ResourceDefinition = {
	value: 'coupon',
	displayName: 'Coupon',
	description: "Coupon codes of a campaign: create them for customers, find, change or delete them (Management API)",
	position: 3.5,
	defaultOperation: 'create',
};
