import type { IDataObject } from 'n8n-workflow';
import { givenClosedOrder } from '../support/orders';
import type { OperationCase } from './case';

const effectTypes = (json: IDataObject) => (json.effects as IDataObject[]).map((e) => e.effectType);

const shoes = {
	name: 'Running Shoes',
	sku: 'SKU-1',
	quantity: '={{ $json.qty }}',
	price: 40,
	additionalFields: {
		category: 'shoes',
		attributes: { attribute: [{ name: 'color', type: 'string', value: 'red' }] },
		additionalCosts: { cost: [{ name: 'giftWrap', price: 2.5 }] },
	},
};

/** Workflow runs of the customerSession operations (nodes/TalonOne/operations/customerSession/). */
export const cases: OperationCase[] = [
	{
		operationId: 'updateCustomerSessionV2',
		title: 'typed fields with expressions: cart, coupons, costs, state, response content',
		inputItems: [{ orderId: 'order-1', customer: 'cust-1', qty: 2 }],
		parameters: {
			customerSessionId: '={{ $json.orderId }}',
			simplify: false,
			cartItems: { item: [shoes] },
			additionalFields: {
				profileId: '={{ $json.customer }}',
				couponCodes: 'WELCOME10, NOPE',
				additionalCosts: { cost: [{ name: 'shipping', price: 4.9 }] },
				identifiers: 'device-1',
				state: 'open',
				responseContent: ['customerSession', 'customerProfile'],
			},
		},
		requests: [
			{
				method: 'PUT',
				rawTarget: '/v2/customer_sessions/order-1',
				body: {
					customerSession: {
						profileId: 'cust-1',
						couponCodes: ['WELCOME10', 'NOPE'],
						state: 'open',
						identifiers: ['device-1'],
						cartItems: [
							{
								name: 'Running Shoes',
								sku: 'SKU-1',
								quantity: 2,
								price: 40,
								category: 'shoes',
								attributes: { color: 'red' },
								additionalCosts: { giftWrap: { price: 2.5 } },
							},
						],
						additionalCosts: { shipping: { price: 4.9 } },
					},
					responseContent: ['customerSession', 'customerProfile'],
				},
			},
		],
		verify: ([json], server) => {
			expect(effectTypes(json)).toEqual(expect.arrayContaining(['acceptCoupon', 'rejectCoupon', 'setDiscount']));
			expect((json.customerSession as IDataObject).integrationId).toBe('order-1');
			expect(server.state.sessions.has('order-1')).toBe(true);
		},
	},
	{
		operationId: 'updateCustomerSessionV2',
		title: 'JSON input mode with an expression building the body',
		inputItems: [{ cart: [{ name: 'Hat', sku: 'H-1', quantity: 1, price: 60 }] }],
		parameters: {
			customerSessionId: 'order-json',
			inputMode: 'json',
			jsonBody: '={{ JSON.stringify({ customerSession: { state: "closed", cartItems: $json.cart } }) }}',
		},
		requests: [
			{
				method: 'PUT',
				rawTarget: '/v2/customer_sessions/order-json',
				body: { customerSession: { state: 'closed', cartItems: [{ name: 'Hat', sku: 'H-1', quantity: 1, price: 60 }] } },
			},
		],
		verify: ([json]) => expect(effectTypes(json)).toContain('setDiscount'),
	},
	{
		operationId: 'getCustomerSession',
		title: 'reads a placed order with its state, totals and effects',
		setup: (server) => givenClosedOrder(server, 'order-5'),
		parameters: { customerSessionId: 'order-5' },
		requests: [{ method: 'GET', rawTarget: '/v2/customer_sessions/order-5' }],
		verify: ([json]) => {
			expect(json.customerSession).toMatchObject({ integrationId: 'order-5', state: 'closed', cartItemTotal: 100 });
			expect(effectTypes(json)).toEqual(['acceptCoupon', 'setDiscount']);
		},
	},
	{
		operationId: 'returnCartItems',
		title: "refund lines from the input list, in the shop's names: the discount the rest no longer earns is rolled back",
		setup: (server) => givenClosedOrder(server, 'order-6'),
		inputItems: [{ order: 'order-6', lines: [{ product_sku: 'SHOE-42', qty: '1' }] }],
		parameters: {
			customerSessionId: '={{ $json.order }}',
			returnedCartItemsSource: 'list',
			returnedCartItemsList: '={{ $json.lines }}',
			returnedCartItemsPropertyNames: { sku: 'product_sku', quantity: 'qty' },
			additionalFields: { responseContent: ['customerSession'] },
		},
		requests: [
			{
				method: 'POST',
				rawTarget: '/v2/customer_sessions/order-6/returns?runRuleEngine=false',
				body: { return: { returnedCartItems: [{ sku: 'SHOE-42', quantity: 1 }] }, responseContent: ['customerSession'] },
			},
		],
		verify: ([json], server) => {
			expect(json).toMatchObject({
				customerSessionId: 'order-6',
				returnedItems: [{ position: 0, quantity: 1, sku: 'SHOE-42' }],
				rolledBackDiscountTotal: 4,
				rolledBackDiscounts: [{ name: '10% off', value: 4, campaignId: 1 }],
			});
			expect((json.customerSession as IDataObject).state).toBe('partially_returned');
			const session = server.state.sessions.get('order-6')!;
			expect(session).toMatchObject({ state: 'partially_returned', cartItemTotal: 60, total: 60 });
			expect(session.cartItems[0]).toMatchObject({ quantity: 2, returnedQuantity: 1, remainingQuantity: 1 });
			expect(server.state.profiles.get('demo-customer-1')?.totalSales).toBe(60);
		},
	},
	{
		operationId: 'reopenCustomerSession',
		title: 'puts a placed order back to open and rolls back its discount and coupon use',
		setup: (server) => givenClosedOrder(server, 'order-7'),
		parameters: { customerSessionId: 'order-7' },
		requests: [{ method: 'PUT', rawTarget: '/v2/customer_sessions/order-7/reopen' }],
		verify: ([json], server) => {
			expect(json).toMatchObject({ customerSessionId: 'order-7', state: 'open', rolledBackDiscountTotal: 10, rolledBackCoupons: ['WELCOME10'] });
			expect(server.state.sessions.get('order-7')?.state).toBe('open');
			expect(server.state.coupons.get('WELCOME10')?.usageCounter).toBe(0);
			expect(server.state.profiles.get('demo-customer-1')).toMatchObject({ closedSessions: 0, totalSales: 0 });
		},
	},
	{
		operationId: 'updateCustomerSession',
		title: 'legacy V1 session signed with the application key',
		scheme: 'signing',
		parameters: {
			customerSessionId: 'v1-session',
			preview: { dry: true },
			cartItems: { item: [{ name: 'Socks', sku: 'S-1', quantity: 8, price: 10 }] },
			additionalFields: {
				profileId: 'cust-v1',
				coupon: 'WELCOME10',
				total: 80,
			},
		},
		requests: [
			{
				method: 'PUT',
				rawTarget: '/v1/customer_sessions/v1-session?dry=true',
				body: { profileId: 'cust-v1', coupon: 'WELCOME10', total: 80, cartItems: [{ name: 'Socks', sku: 'S-1', quantity: 8, price: 10 }] },
			},
		],
		verify: ([json], server) => {
			expect(effectTypes(json.event as IDataObject)).toContain('acceptCoupon');
			expect(server.state.sessions.has('v1-session')).toBe(false);
		},
	},
];
