/**
 * The summary read from Talon.One's effect types, with effects shaped as the Integration API
 * (2026-06) documents them: the fake Talon.One produces only coupon, referral and cart discounts.
 */
import { summarizeEffects } from '../../nodes/TalonOne/response/effects';

const common = (campaignId: number, effectType: string) => ({ campaignId, rulesetId: 73, ruleIndex: 0, ruleName: 'Rule', effectType });

const effects = [
	{ ...common(3, 'setDiscountPerItem'), props: { name: 'Shoes 20% #0', value: 0.1, position: 0, subPosition: 0, scope: 'price' } },
	{ ...common(3, 'setDiscountPerItem'), props: { name: 'Shoes 20% #1', value: 0.2, position: 1 } },
	{ ...common(4, 'setDiscountPerAdditionalCost'), props: { name: 'Free shipping', additionalCostId: 1, additionalCost: 'shipping', value: 4.9 } },
	{ ...common(5, 'addLoyaltyPoints'), props: { name: 'Order points', programId: 1, subLedgerId: '', value: 120, recipientIntegrationId: 'c-1', transactionUUID: 'u-1' } },
	{ ...common(5, 'addLoyaltyPoints'), props: { name: 'Bonus', programId: 1, subLedgerId: '', value: 30.5, recipientIntegrationId: 'c-1', transactionUUID: 'u-2' } },
	{ ...common(6, 'deductLoyaltyPoints'), props: { ruleTitle: 'Redeem', programId: 1, subLedgerId: '', value: 50, transactionUUID: 'u-3', name: 'Redeem' } },
	{ ...common(7, 'redeemReferral'), props: { id: 12, value: 'REF-ABC123' } },
	{ ...common(8, 'rejectCoupon'), props: { value: 'COUP-XYZ789', rejectionReason: 'CouponRejectedByCondition', details: 'Coupon usage limit reached' } },
	{ ...common(0, 'rejectCoupon'), props: { value: 'TYPO', rejectionReason: 'CouponNotFound' } },
	{ ...common(9, 'addFreeItem'), props: { sku: 'GIFT-1', name: 'Tote bag' } },
];

test('discount lines from every discount effect, their total without fraction noise, points added and deducted', () => {
	const summary = summarizeEffects(effects, undefined);
	expect(summary).toEqual({
		discountTotal: 5.2,
		discounts: [
			{ name: 'Shoes 20% #0', value: 0.1, campaignId: 3, cartItemPosition: 0 },
			{ name: 'Shoes 20% #1', value: 0.2, campaignId: 3, cartItemPosition: 1 },
			{ name: 'Free shipping', value: 4.9, campaignId: 4, additionalCost: 'shipping' },
		],
		acceptedCoupons: [],
		rejectedCoupons: [
			{ code: 'COUP-XYZ789', reason: 'CouponRejectedByCondition', details: 'Coupon usage limit reached' },
			{ code: 'TYPO', reason: 'CouponNotFound' },
		],
		acceptedReferral: 'REF-ABC123',
		rejectedReferral: null,
		loyaltyPointsAdded: 150.5,
		loyaltyPointsDeducted: 50,
		triggeredCampaigns: [{ id: 3 }, { id: 4 }, { id: 5 }, { id: 6 }, { id: 7 }, { id: 9 }],
	});
});

test("Talon.One's triggered campaigns, when the answer has them, name the campaigns instead", () => {
	const campaigns = [{ id: 3, name: 'Shoe week', description: 'long text', state: 'enabled' }];
	expect(summarizeEffects(effects, campaigns).triggeredCampaigns).toEqual([{ id: 3, name: 'Shoe week' }]);
});

test('no effects, or effects that are not a list, give an empty summary', () => {
	for (const none of [[], undefined, null, 'x']) {
		expect(summarizeEffects(none, undefined)).toMatchObject({ discountTotal: 0, discounts: [], acceptedCoupons: [], triggeredCampaigns: [], loyaltyPointsAdded: 0 });
	}
});
