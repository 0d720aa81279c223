import type { OperationCase } from './case';

/** Workflow runs of the couponReservation operations (nodes/TalonOne/operations/couponReservation/). */
export const cases: OperationCase[] = [
	{
		operationId: 'createCouponReservation',
		title: 'reserve a coupon for two customers',
		parameters: { couponValue: 'SUMMER-SALE', integrationIDs: 'demo-customer-1, demo-customer-2' },
		requests: [
			{ method: 'POST', rawTarget: '/v1/coupon_reservations/SUMMER-SALE', body: { integrationIDs: ['demo-customer-1', 'demo-customer-2'] } },
		],
		verify: ([json], server) => {
			expect(json.value).toBe('SUMMER-SALE');
			expect([...(server.state.reservations.get('SUMMER-SALE') ?? [])].sort()).toEqual(['demo-customer-1', 'demo-customer-2']);
		},
	},
	{
		operationId: 'deleteCouponReservation',
		title: 'remove a reservation; the empty answer becomes a success item',
		parameters: { couponValue: 'WELCOME10', integrationIDs: '={{ ["demo-customer-1"] }}' },
		requests: [{ method: 'DELETE', rawTarget: '/v1/coupon_reservations/WELCOME10', body: { integrationIDs: ['demo-customer-1'] } }],
		verify: ([json], server) => {
			expect(json).toEqual({ success: true, couponValue: 'WELCOME10' });
			expect(server.state.reservations.get('WELCOME10')?.size ?? 0).toBe(0);
		},
	},
	{
		operationId: 'getReservedCustomers',
		title: 'a coupon code with / ? # % arrives as one intact path segment',
		parameters: { couponValue: 'A/B?C#D%' },
		requests: [{ method: 'GET', rawTarget: '/v1/coupon_reservations/customerprofiles/A%2FB%3FC%23D%25' }],
		verify: ([json]) => expect(json).toMatchObject({ totalResultSize: 0, data: [] }),
	},
];
