import type { ResourceDefinition } from '../types';

export const resource: ResourceDefinition = {
	value: 'couponReservation',
	displayName: 'Coupon Reservation',
	description: 'Coupons reserved for customers',
	position: 4,
	defaultOperation: 'create',
};
