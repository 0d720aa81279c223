/**
 * Simplify (on by default) for session, profile and event updates: one flat object with what a
 * marketer acts on, the effects under `effects`; off gives Talon.One's answer unchanged.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { TalonOne } from '../../nodes/TalonOne/TalonOne.node';
import { operations } from '../../nodes/TalonOne/operations';
import { jsonOf, runOperation, useFakeServer } from '../support/talonOne';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));

const cart = {
	item: [
		{ name: 'Running Shoes', sku: 'SHOE-42', quantity: 1, price: 59.9 },
		{ name: 'Sport Socks', sku: 'SOCK-1', quantity: 2, price: 4.5 },
	],
};

const session = (extra: INodeParameters = {}, additional: IDataObject = {}): INodeParameters => ({
	customerSessionId: 'order-1',
	cartItems: cart,
	additionalFields: { profileId: 'demo-customer-2', couponCodes: 'WELCOME10, NOPE', referralCode: 'DEMO-REFERRAL', ...additional },
	...extra,
});

async function outputOf(operationId: string, parameters: INodeParameters): Promise<IDataObject> {
	const result = await runOperation(server, operationId, parameters);
	expect(result.error).toBeUndefined();
	return jsonOf(result)[0];
}

describe('Customer Session → Update', () => {
	test('Simplify on (the default): discount total and lines, coupon and referral verdicts, points, campaigns, effects', async () => {
		const json = await outputOf('updateCustomerSessionV2', session());
		expect(json).toEqual({
			customerSessionId: 'order-1',
			state: 'open',
			discountTotal: 6.89,
			discounts: [{ name: '10% off', value: 6.89, campaignId: 1 }],
			acceptedCoupons: ['WELCOME10'],
			rejectedCoupons: [{ code: 'NOPE', reason: 'CouponNotFound' }],
			acceptedReferral: 'DEMO-REFERRAL',
			rejectedReferral: null,
			loyaltyPointsAdded: 0,
			loyaltyPointsDeducted: 0,
			triggeredCampaigns: [{ id: 1 }, { id: 2 }],
			effects: expect.any(Array),
		});
		expect((json.effects as IDataObject[]).map((e) => e.effectType)).toEqual(['acceptCoupon', 'rejectCoupon', 'acceptReferral', 'setDiscount']);
	});

	test('a rejected referral comes with its reason; campaign names and picked Response Content are kept', async () => {
		const json = await outputOf(
			'updateCustomerSessionV2',
			session({}, { profileId: 'demo-customer-1', couponCodes: 'WELCOME10', responseContent: ['triggeredCampaigns', 'customerProfile'], state: 'closed' }),
		);
		expect(json).toMatchObject({
			state: 'closed',
			acceptedReferral: null,
			rejectedReferral: { code: 'DEMO-REFERRAL', reason: 'ReferralRecipientIdSameAsAdvocate' },
			triggeredCampaigns: [{ id: 1, name: '10% off carts over 50' }],
			customerProfile: expect.objectContaining({ integrationId: 'demo-customer-1' }),
		});
		expect(json).not.toHaveProperty('customerSession');
		expect(Object.keys(json).at(-1)).toBe('effects');
	});

	test("Simplify off: Talon.One's full answer, unchanged", async () => {
		const simplified = await outputOf('updateCustomerSessionV2', session());
		server.reset();
		const full = await outputOf('updateCustomerSessionV2', session({ simplify: false }));
		expect(Object.keys(full).sort()).toEqual(['createdCoupons', 'createdReferrals', 'customerSession', 'effects', 'event']);
		expect((full.customerSession as IDataObject).integrationId).toBe('order-1');
		expect(full.effects).toEqual(simplified.effects);
	});
});

describe('Customer Profile → Update', () => {
	const profile: INodeParameters = {
		integrationId: 'demo-customer-1',
		runRuleEngine: true,
		additionalFields: { responseContent: ['customerProfile'] },
	};

	test('Simplify on: the profile ID, the same summary keys (nothing triggered here) and the picked Response Content', async () => {
		const json = await outputOf('updateCustomerProfileV2', profile);
		expect(json).toEqual({
			customerProfileId: 'demo-customer-1',
			discountTotal: 0,
			discounts: [],
			acceptedCoupons: [],
			rejectedCoupons: [],
			acceptedReferral: null,
			rejectedReferral: null,
			loyaltyPointsAdded: 0,
			loyaltyPointsDeducted: 0,
			triggeredCampaigns: [],
			customerProfile: expect.objectContaining({ integrationId: 'demo-customer-1' }),
			effects: [],
		});
	});

	test("Simplify off: Talon.One's full answer", async () => {
		const json = await outputOf('updateCustomerProfileV2', { ...profile, simplify: false });
		expect(Object.keys(json).sort()).toEqual(['createdCoupons', 'createdReferrals', 'customerProfile', 'effects', 'event']);
	});
});

describe('Event → Track', () => {
	const event: INodeParameters = { type: 'newsletter_signup', sessionId: 'order-9' };

	test("Simplify on: the event type and session, the summary of the event's effects", async () => {
		const json = await outputOf('trackEvent', event);
		expect(json).toMatchObject({ eventType: 'newsletter_signup', customerSessionId: 'order-9', discountTotal: 0, acceptedCoupons: [], effects: [] });
	});

	test("Simplify off: Talon.One's full answer", async () => {
		const json = await outputOf('trackEvent', { ...event, simplify: false });
		expect(Object.keys(json).sort()).toEqual(['event', 'profile', 'session']);
	});
});

test('the Simplify toggle (on by default) is offered exactly for the operations with a summary', () => {
	const toggles = new TalonOne().description.properties.filter((p) => p.name === 'simplify');
	for (const toggle of toggles) expect(toggle.default).toBe(true);
	const shown = toggles.map((p) => `${p.displayOptions?.show?.resource?.[0]}.${p.displayOptions?.show?.operation?.[0]}`).sort();
	expect(shown).toEqual(operations.filter((op) => op.simplify).map((op) => `${op.resource}.${op.operation}`).sort());
	expect(operations.filter((op) => op.simplify).map((op) => op.operationId).sort()).toEqual([
		'getLoyaltyBalances',
		'getLoyaltyCardBalances',
		'getLoyaltyLedgerBalances',
		'reopenCustomerSession',
		'returnCartItems',
		'trackEvent',
		'trackEventV2',
		'trackEventV3',
		'updateCustomerProfileV2',
		'updateCustomerSessionV2',
	]);
});
