import type { IDataObject } from 'n8n-workflow';
import type { ExampleCheck } from './types';

export default {
	title: 'a shop order list becomes the cart without code; the simplified output gives the discount and coupon verdicts',
	check: ({ server, out, requestsTo }) => {
		expect(out('Discounts')).toEqual([
			{
				orderId: 'order-1001',
				state: 'closed',
				discountTotal: 6.89,
				acceptedCoupons: ['WELCOME10'],
				rejectedCoupons: [{ code: 'WELCOM10', reason: 'CouponNotFound' }],
			},
		]);
		const [update, close] = requestsTo('updateCustomerSessionV2');
		expect((update.body as { customerSession: IDataObject }).customerSession.cartItems).toEqual([
			{ name: 'Running Shoes', sku: 'SHOE-42', quantity: 1, price: 59.9, category: 'shoes' },
			{ name: 'Sport Socks', sku: 'SOCK-1', quantity: 2, price: 4.5, category: 'socks' },
		]);
		expect(close.body).toEqual({ customerSession: { state: 'closed' } });
		expect(server.state.sessions.get('order-1001')?.state).toBe('closed');
	},
} satisfies ExampleCheck;
