import type { ExampleCheck } from './types';

export default {
	title: "a refund's varying lines become the returned items without code; the result shows what was taken back",
	check: ({ server, out, requestsTo }) => {
		expect(out('Refund Result')).toEqual([
			{
				orderId: 'order-2001',
				orderState: 'partially_returned',
				returnedItems: [{ position: 0, quantity: 1, sku: 'SHOE-42' }],
				discountTakenBack: 4,
				pointsTakenBack: 0,
			},
		]);
		expect(requestsTo('returnCartItems')[0].body).toEqual({
			return: { returnedCartItems: [{ sku: 'SHOE-42', quantity: 1 }] },
			responseContent: ['customerSession'],
		});
		expect(server.state.sessions.get('order-2001')).toMatchObject({ state: 'partially_returned', cartItemTotal: 60 });
	},
} satisfies ExampleCheck;
