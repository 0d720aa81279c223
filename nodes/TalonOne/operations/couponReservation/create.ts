import type { OperationDefinition } from '../types';
import { couponValue } from '../sharedFields';
import { reservationProfileIds } from './shared';

export const createCouponReservation: OperationDefinition = {
	operationId: 'createCouponReservation',
	resource: 'couponReservation',
	operation: 'create',
	displayName: 'Create',
	action: 'Reserve a coupon for customers',
	description:
		'Reserves a coupon for one or more customers, so it shows in their coupon list (and, if the coupon requires it, only they can use it)',
	method: 'POST',
	path: '/v1/coupon_reservations/{couponValue}',
	pathFields: [couponValue],
	bodyFields: [{ ...reservationProfileIds, description: `Customers to reserve the coupon for. ${reservationProfileIds.description}` }],
	auth: ['apiKey', 'signing'],
};
