import type { OperationDefinition } from '../types';
import { couponValue } from '../sharedFields';
import { reservationProfileIds } from './shared';

export const deleteCouponReservation: OperationDefinition = {
	operationId: 'deleteCouponReservation',
	resource: 'couponReservation',
	operation: 'delete',
	displayName: 'Delete',
	action: 'Remove a coupon reservation from customers',
	description: 'Removes the reservation of a coupon for one or more customers',
	method: 'DELETE',
	path: '/v1/coupon_reservations/{couponValue}',
	pathFields: [couponValue],
	bodyFields: [{ ...reservationProfileIds, description: `Customers whose reservation to remove. ${reservationProfileIds.description}` }],
	auth: ['apiKey', 'signing'],
};
