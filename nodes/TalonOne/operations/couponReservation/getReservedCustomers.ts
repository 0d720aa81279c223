import type { OperationDefinition } from '../types';
import { couponValue } from '../sharedFields';

export const getReservedCustomers: OperationDefinition = {
	operationId: 'getReservedCustomers',
	resource: 'couponReservation',
	operation: 'getReservedCustomers',
	displayName: 'Get Reserved Customers',
	action: 'List the customers who reserved a coupon',
	description: 'Lists the customer profiles that hold a reservation for the coupon',
	method: 'GET',
	path: '/v1/coupon_reservations/customerprofiles/{couponValue}',
	pathFields: [couponValue],
	auth: ['apiKey', 'signing'],
};
