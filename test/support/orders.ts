import type { FakeTalonOne } from '../../tools/fake-talon-one';

/** A placed order in the fake: 2 shoes at 40 and a hat at 20 (100, so 10% off: 10) with WELCOME10, closed. */
export function givenClosedOrder(server: FakeTalonOne, customerSessionId: string, profileId = 'demo-customer-1'): void {
	server.given('updateCustomerSessionV2', {
		pathParams: { customerSessionId },
		body: {
			customerSession: {
				profileId,
				state: 'closed',
				couponCodes: ['WELCOME10'],
				cartItems: [
					{ name: 'Running Shoes', sku: 'SHOE-42', quantity: 2, price: 40 },
					{ name: 'Sun Hat', sku: 'HAT-1', quantity: 1, price: 20 },
				],
			},
		},
	});
}
