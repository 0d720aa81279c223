import type { IDataObject } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { jsonOf, runOperation, useFakeServer } from '../support/talonOne';

/**
 * The fake Talon.One shares its state between the two APIs: a coupon created through the Management
 * API for a recipient is accepted in that customer's session (Integration API) and rejected in
 * another customer's. Workflow: Create Coupon → Update Customer Session with the created code.
 */
let server: FakeTalonOne;
useFakeServer((started) => (server = started));

async function createCoupon(recipient?: string): Promise<string> {
	const created = await runOperation(
		server,
		'createCoupons',
		{ applicationId: 1, campaignId: 1, numberOfCoupons: 1, usageLimit: 1, additionalFields: recipient ? { recipientIntegrationId: recipient } : {} },
		{ scheme: 'managementKey' },
	);
	expect(created.error).toBeUndefined();
	return jsonOf(created)[0].value as string;
}

/** The session update as the next node: the code comes from the Create node's output item. */
async function useInSession(code: string, profileId: string) {
	const session = await runOperation(
		server,
		'updateCustomerSessionV2',
		{
			customerSessionId: `order-${profileId}`,
			additionalFields: { profileId, couponCodes: '={{ [$json.value] }}' },
			simplify: true,
		},
		{ inputItems: [{ value: code }] },
	);
	expect(session.error).toBeUndefined();
	return jsonOf(session)[0];
}

test("the recipient's session accepts the coupon created for them", async () => {
	const code = await createCoupon('new-subscriber-1');
	const summary = await useInSession(code, 'new-subscriber-1');
	expect(summary.acceptedCoupons).toEqual([code]);
	expect(summary.rejectedCoupons).toEqual([]);
});

test("another customer's session rejects it: the coupon has a recipient", async () => {
	const code = await createCoupon('new-subscriber-1');
	const summary = await useInSession(code, 'someone-else');
	expect(summary.acceptedCoupons).toEqual([]);
	expect(summary.rejectedCoupons).toEqual([{ code, reason: 'CouponRecipientDoesNotMatch' }]);
});

test('a coupon without a recipient is accepted for anyone', async () => {
	const code = await createCoupon();
	const summary = (await useInSession(code, 'someone-else')) as IDataObject;
	expect(summary.acceptedCoupons).toEqual([code]);
});
