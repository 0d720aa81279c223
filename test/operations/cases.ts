import type { IDataObject, INodeParameters } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import type { Scheme } from '../support/talonOne';

/** One workflow run of one operation: what goes in, the exact request expected, and what comes out. */
export interface OperationCase {
	operationId: string;
	title: string;
	parameters: INodeParameters;
	inputItems?: IDataObject[];
	scheme?: Scheme;
	/** Every request the run must send, in order. */
	requests: Array<{ method: string; rawTarget: string; body?: unknown }>;
	verify: (output: IDataObject[], server: FakeTalonOne) => void;
}

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

export const cases: OperationCase[] = [
	{
		operationId: 'updateCustomerSessionV2',
		title: 'typed fields with expressions: cart, coupons, costs, state, response content',
		inputItems: [{ orderId: 'order-1', customer: 'cust-1', qty: 2 }],
		parameters: {
			customerSessionId: '={{ $json.orderId }}',
			dry: false,
			additionalFields: {
				profileId: '={{ $json.customer }}',
				couponCodes: 'WELCOME10, NOPE',
				cartItems: { item: [shoes] },
				additionalCosts: { cost: [{ name: 'shipping', price: 4.9 }] },
				identifiers: 'device-1',
				state: 'open',
				responseContent: ['customerSession', 'customerProfile'],
			},
		},
		requests: [
			{
				method: 'PUT',
				rawTarget: '/v2/customer_sessions/order-1?dry=false',
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
				rawTarget: '/v2/customer_sessions/order-json?dry=false',
				body: { customerSession: { state: 'closed', cartItems: [{ name: 'Hat', sku: 'H-1', quantity: 1, price: 60 }] } },
			},
		],
		verify: ([json]) => expect(effectTypes(json)).toContain('setDiscount'),
	},
	{
		operationId: 'updateCustomerSession',
		title: 'legacy V1 session signed with the application key',
		scheme: 'signing',
		parameters: {
			customerSessionId: 'v1-session',
			dry: true,
			additionalFields: {
				profileId: 'cust-v1',
				coupon: 'WELCOME10',
				total: 80,
				cartItems: { item: [{ name: 'Socks', sku: 'S-1', quantity: 8, price: 10 }] },
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
	{
		operationId: 'updateCustomerProfileV2',
		title: 'typed attributes and audience changes, with the rule engine',
		inputItems: [{ id: 'cust-42', age: '42' }],
		parameters: {
			integrationId: '={{ $json.id }}',
			runRuleEngine: true,
			dry: false,
			additionalFields: {
				attributes: {
					attribute: [
						{ name: 'Age', type: 'number', value: '={{ $json.age }}' },
						{ name: 'Newsletter', type: 'boolean', value: 'true' },
						{ name: 'Zip', type: 'string', value: '01234' },
					],
				},
				adds: '1',
				responseContent: ['customerProfile'],
			},
		},
		requests: [
			{
				method: 'PUT',
				rawTarget: '/v2/customer_profiles/cust-42?runRuleEngine=true&dry=false',
				body: {
					attributes: { Age: 42, Newsletter: true, Zip: '01234' },
					audiencesChanges: { adds: [1], deletes: [] },
					responseContent: ['customerProfile'],
				},
			},
		],
		verify: ([json], server) => {
			expect((json.customerProfile as IDataObject).attributes).toMatchObject({ Age: 42, Zip: '01234' });
			expect(server.state.audienceMembers.get(1)?.has('cust-42')).toBe(true);
		},
	},
	{
		operationId: 'updateCustomerProfilesV2',
		title: 'three items become one batch request; silent gives one success item each',
		inputItems: [
			{ id: 'bulk-1', tier: 'gold' },
			{ id: 'bulk-2', tier: 'silver' },
			{ id: 'bulk-3', tier: 'gold' },
		],
		parameters: {
			integrationId: '={{ $json.id }}',
			silent: true,
			additionalFields: { attributes: { attribute: [{ name: 'Tier', type: 'string', value: '={{ $json.tier }}' }] } },
		},
		requests: [
			{
				method: 'PUT',
				rawTarget: '/v2/customer_profiles?silent=yes',
				body: {
					customerProfiles: [
						{ integrationId: 'bulk-1', attributes: { Tier: 'gold' } },
						{ integrationId: 'bulk-2', attributes: { Tier: 'silver' } },
						{ integrationId: 'bulk-3', attributes: { Tier: 'gold' } },
					],
				},
			},
		],
		verify: (output, server) => {
			expect(output).toEqual([
				{ success: true, integrationId: 'bulk-1' },
				{ success: true, integrationId: 'bulk-2' },
				{ success: true, integrationId: 'bulk-3' },
			]);
			expect(server.state.profiles.get('bulk-2')?.attributes).toEqual({ Tier: 'silver' });
		},
	},
	{
		operationId: 'updateCustomerProfilesV2',
		title: 'not silent: each item gets its own profile state back',
		inputItems: [{ id: 'bulk-4' }, { id: 'bulk-5' }],
		parameters: { integrationId: '={{ $json.id }}', silent: false },
		requests: [
			{
				method: 'PUT',
				rawTarget: '/v2/customer_profiles?silent=no',
				body: { customerProfiles: [{ integrationId: 'bulk-4' }, { integrationId: 'bulk-5' }] },
			},
		],
		verify: (output) => {
			expect(output.map((o) => (o.customerProfile as IDataObject).integrationId)).toEqual(['bulk-4', 'bulk-5']);
		},
	},
	{
		operationId: 'updateCustomerProfile',
		title: 'legacy V1 profile signed with the application key',
		scheme: 'signing',
		parameters: {
			integrationId: 'legacy-1',
			dry: false,
			additionalFields: { attributes: { attribute: [{ name: 'Name', type: 'string', value: 'Grace' }] } },
		},
		requests: [{ method: 'PUT', rawTarget: '/v1/customer_profiles/legacy-1?dry=false', body: { attributes: { Name: 'Grace' } } }],
		verify: (_output, server) => expect(server.state.profiles.get('legacy-1')?.attributes).toEqual({ Name: 'Grace' }),
	},
	{
		operationId: 'updateCustomerProfileAudiences',
		title: 'add and remove members, batched into one request',
		inputItems: [
			{ id: 'demo-customer-2', action: 'add' },
			{ id: 'demo-customer-1', action: 'delete' },
		],
		parameters: { action: '={{ $json.action }}', profileIntegrationId: '={{ $json.id }}', audienceId: 1 },
		requests: [
			{
				method: 'POST',
				rawTarget: '/v2/customer_audiences',
				body: {
					data: [
						{ action: 'add', profileIntegrationId: 'demo-customer-2', audienceId: 1 },
						{ action: 'delete', profileIntegrationId: 'demo-customer-1', audienceId: 1 },
					],
				},
			},
		],
		verify: (output, server) => {
			expect(output).toEqual([
				{ success: true, action: 'add', profileIntegrationId: 'demo-customer-2', audienceId: 1 },
				{ success: true, action: 'delete', profileIntegrationId: 'demo-customer-1', audienceId: 1 },
			]);
			expect([...(server.state.audienceMembers.get(1) ?? [])]).toEqual(['demo-customer-2']);
		},
	},
	{
		operationId: 'trackEvent',
		title: 'custom event with attributes (empty attributes are still sent)',
		inputItems: [{ session: 'order-9' }],
		parameters: {
			type: 'newsletter_signup',
			sessionId: '={{ $json.session }}',
			dry: false,
			additionalFields: { profileId: 'demo-customer-1' },
		},
		requests: [
			{
				method: 'POST',
				rawTarget: '/v1/events?dry=false',
				body: { type: 'newsletter_signup', sessionId: 'order-9', profileId: 'demo-customer-1', attributes: {} },
			},
		],
		verify: ([json], server) => {
			expect((json.event as IDataObject).type).toBe('newsletter_signup');
			expect(server.state.events.size).toBe(1);
		},
	},
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
	{
		operationId: 'createReferral',
		title: 'referral code for an advocate',
		parameters: {
			campaignId: 2,
			advocateProfileIntegrationId: 'demo-customer-2',
			additionalFields: { usageLimit: 5, expiryDate: '2030-01-01T00:00:00Z' },
		},
		requests: [
			{
				method: 'POST',
				rawTarget: '/v1/referrals',
				body: { campaignId: 2, advocateProfileIntegrationId: 'demo-customer-2', usageLimit: 5, expiryDate: '2030-01-01T00:00:00Z' },
			},
		],
		verify: ([json], server) => {
			expect(typeof json.code).toBe('string');
			expect(server.state.referrals.get(json.code as string)?.advocateProfileIntegrationId).toBe('demo-customer-2');
		},
	},
	{
		operationId: 'createReferralsForMultipleAdvocates',
		title: 'items with the same settings merge into one request; each item gets its own codes',
		inputItems: [{ ids: 'adv-1, adv-2' }, { ids: 'adv-3' }],
		parameters: { campaignId: 2, advocateProfileIntegrationIds: '={{ $json.ids }}', usageLimit: 1, silent: false },
		requests: [
			{
				method: 'POST',
				rawTarget: '/v1/referrals_for_multiple_advocates?silent=no',
				body: { campaignId: 2, usageLimit: 1, advocateProfileIntegrationIds: ['adv-1', 'adv-2', 'adv-3'] },
			},
		],
		verify: (output) => {
			const advocates = output.map((o) => (o.referrals as IDataObject[]).map((r) => r.advocateProfileIntegrationId));
			expect(advocates).toEqual([['adv-1', 'adv-2'], ['adv-3']]);
		},
	},
	{
		operationId: 'createAudienceV2',
		title: 'audience owned by an integration',
		parameters: { name: 'VIP', additionalFields: { integration: 'mparticle', integrationId: 'mp-vip' } },
		requests: [{ method: 'POST', rawTarget: '/v2/audiences', body: { name: 'VIP', integration: 'mparticle', integrationId: 'mp-vip' } }],
		verify: ([json], server) => {
			expect(json).toMatchObject({ name: 'VIP', integration: 'mparticle', integrationId: 'mp-vip' });
			expect(server.state.audiences.get(json.id as number)?.name).toBe('VIP');
		},
	},
	{
		operationId: 'updateAudienceV2',
		title: 'rename an audience',
		inputItems: [{ audience: 1 }],
		parameters: { audienceId: '={{ $json.audience }}', name: 'Newsletter (EU)' },
		requests: [{ method: 'PUT', rawTarget: '/v2/audiences/1', body: { name: 'Newsletter (EU)' } }],
		verify: ([json]) => expect(json).toMatchObject({ id: 1, name: 'Newsletter (EU)' }),
	},
	{
		operationId: 'updateAudienceCustomersAttributes',
		title: "set attributes on every member; the body is the attributes object itself",
		parameters: {
			audienceId: 1,
			attributes: { attribute: [{ name: 'Segment', type: 'string', value: 'newsletter' }, { name: 'Since', type: 'date', value: '2026-01-31' }] },
		},
		requests: [
			{ method: 'PUT', rawTarget: '/v2/audience_customers/1/attributes', body: { Segment: 'newsletter', Since: '2026-01-31T00:00:00.000Z' } },
		],
		verify: ([json], server) => {
			expect(json).toEqual({ success: true, audienceId: 1 });
			expect(server.state.profiles.get('demo-customer-1')?.attributes).toMatchObject({ Segment: 'newsletter' });
		},
	},
	{
		operationId: 'deleteAudienceMembershipsV2',
		title: 'remove all members with a bearer token',
		scheme: 'bearerToken',
		parameters: { audienceId: 1 },
		requests: [{ method: 'DELETE', rawTarget: '/v2/audiences/1/memberships' }],
		verify: ([json], server) => {
			expect(json).toEqual({ success: true, audienceId: 1 });
			expect(server.state.audienceMembers.get(1)?.size).toBe(0);
		},
	},
	{
		operationId: 'deleteAudienceV2',
		title: 'delete an audience with a management key',
		scheme: 'managementKey',
		parameters: { audienceId: 1 },
		requests: [{ method: 'DELETE', rawTarget: '/v2/audiences/1' }],
		verify: ([json], server) => {
			expect(json).toEqual({ success: true, audienceId: 1 });
			expect(server.state.audiences.has(1)).toBe(false);
		},
	},
	{
		operationId: 'deleteAudienceV2',
		title: 'delete an audience with the integration API key when no management key is set',
		parameters: { audienceId: 1 },
		requests: [{ method: 'DELETE', rawTarget: '/v2/audiences/1' }],
		verify: ([json]) => expect(json).toEqual({ success: true, audienceId: 1 }),
	},
	{
		operationId: 'getCustomerInventory',
		title: "inventory flags become query parameters; the reserved coupon shows up",
		parameters: { integrationId: 'demo-customer-1', profile: true, referrals: true, coupons: true, loyalty: false, giveaways: true },
		requests: [
			{
				method: 'GET',
				rawTarget: '/v1/customer_profiles/demo-customer-1/inventory?profile=true&referrals=true&coupons=true&loyalty=false&giveaways=true',
			},
		],
		verify: ([json]) => {
			expect((json.coupons as IDataObject[]).map((c) => c.value)).toContain('WELCOME10');
			expect((json.referrals as IDataObject[]).map((r) => r.code)).toContain('DEMO-REFERRAL');
			expect((json.profile as IDataObject).integrationId).toBe('demo-customer-1');
		},
	},
	{
		operationId: 'deleteCustomerData',
		title: "delete a customer's data; the profile is gone afterwards",
		scheme: 'signing',
		parameters: { integrationId: 'demo-customer-1' },
		requests: [{ method: 'DELETE', rawTarget: '/v1/customer_data/demo-customer-1' }],
		verify: ([json], server) => {
			expect(json).toEqual({ success: true, integrationId: 'demo-customer-1' });
			expect(server.state.profiles.has('demo-customer-1')).toBe(false);
			expect(server.state.reservations.get('WELCOME10')?.has('demo-customer-1') ?? false).toBe(false);
		},
	},
];
