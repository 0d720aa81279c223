/** The fake's rules: coupon and referral checks, one discount (10% off carts over 50) from campaign 1, loyalty points from demo campaign 3. */
import type { State } from '../../state';
import { CAMPAIGN_DISCOUNT_ID, type Campaign } from '../campaign/state';
import type { Coupon } from '../coupon/state';
import { earnedPoints, type EarnedPoints } from '../loyalty/earning';
import type { Referral } from '../referral/state';
import { round2, type Obj } from '../shared';

const DISCOUNT_THRESHOLD = 50;
const DISCOUNT_RATE = 0.1;

export interface Evaluation {
	effects: Obj[];
	acceptedCoupons: Coupon[];
	acceptedReferral: Referral | null;
	triggeredCampaigns: Map<number, Campaign>;
	discounts: Record<string, number>;
	/** Points the session earns; booked in the ledger when it closes. */
	earned: EarnedPoints | null;
	couponRejectionReason?: Obj;
	referralRejectionReason?: Obj;
}

type Check<K extends string, T> = ({ ok: true; campaign: Campaign } | { ok: false; reason: string; campaign?: Campaign }) & { [key in K]?: T };

const notRunning = (campaign: Campaign | undefined) => !campaign || campaign.state !== 'enabled';
const expired = (item: { expiryDate?: string }, nowMs: number) => !!item.expiryDate && Date.parse(item.expiryDate) < nowMs;
const notStarted = (item: { startDate?: string }, nowMs: number) => !!item.startDate && Date.parse(item.startDate) > nowMs;
const usedUp = (item: { usageLimit: number; usageCounter: number }) => item.usageLimit > 0 && item.usageCounter >= item.usageLimit;

function checkCoupon(state: State, code: string, profileId: string, nowMs: number): Check<'coupon', Coupon> {
	const coupon = state.coupons.get(code);
	if (!coupon) return { ok: false, reason: 'CouponNotFound' };
	const campaign = state.campaigns.get(coupon.campaignId);
	const fail = (reason: string) => ({ ok: false as const, reason, coupon, campaign });
	if (notRunning(campaign)) return fail('CouponPartOfNotRunningCampaign');
	if (expired(coupon, nowMs)) return fail('CouponExpired');
	if (notStarted(coupon, nowMs)) return fail('CouponStartDateInFuture');
	if (usedUp(coupon)) return fail('CouponLimitReached');
	if (coupon.recipientIntegrationId && coupon.recipientIntegrationId !== profileId) return fail('CouponRecipientDoesNotMatch');
	return { ok: true, coupon, campaign: campaign! };
}

function checkReferral(state: State, code: string, profileId: string, nowMs: number): Check<'referral', Referral> {
	const referral = state.referrals.get(code);
	if (!referral) return { ok: false, reason: 'ReferralNotFound' };
	const campaign = state.campaigns.get(referral.campaignId);
	const fail = (reason: string) => ({ ok: false as const, reason, referral, campaign });
	if (notRunning(campaign)) return fail('ReferralPartOfNotRunningCampaign');
	if (profileId && referral.advocateProfileIntegrationId === profileId) return fail('ReferralRecipientIdSameAsAdvocate');
	if (referral.friendProfileIntegrationId && profileId && referral.friendProfileIntegrationId !== profileId) return fail('ReferralRecipientDoesNotMatch');
	if (expired(referral, nowMs)) return fail('ReferralExpired');
	if (notStarted(referral, nowMs)) return fail('ReferralStartDateInFuture');
	if (usedUp(referral)) return fail('ReferralLimitReached');
	return { ok: true, referral, campaign: campaign! };
}

/** One effect of `campaign`, or of no campaign (id 0) for a code that matches none. */
function effect(campaign: Campaign | undefined, effectType: string, props: Obj, extra: Obj = {}): Obj {
	return {
		campaignId: campaign ? campaign.id : 0,
		rulesetId: campaign ? campaign.activeRulesetId : 0,
		ruleIndex: 0,
		ruleName: campaign ? campaign.ruleName : '',
		effectType,
		...extra,
		props,
	};
}

function evaluateCoupons(state: State, ev: Evaluation, codes: string[], profileId: string, nowMs: number): void {
	for (const code of codes) {
		const r = checkCoupon(state, code, profileId, nowMs);
		if (r.ok) {
			ev.acceptedCoupons.push(r.coupon!);
			ev.triggeredCampaigns.set(r.campaign.id, r.campaign);
			ev.effects.push(effect(r.campaign, 'acceptCoupon', { value: code }, { triggeredByCoupon: r.coupon!.id }));
		} else {
			ev.couponRejectionReason = { campaignId: r.campaign ? r.campaign.id : 0, couponId: r.coupon ? r.coupon.id : 0, reason: r.reason };
			ev.effects.push(effect(r.campaign, 'rejectCoupon', { value: code, rejectionReason: r.reason }));
		}
	}
}

function evaluateReferral(state: State, ev: Evaluation, code: string, profileId: string, nowMs: number): void {
	const r = checkReferral(state, code, profileId, nowMs);
	if (r.ok) {
		ev.acceptedReferral = r.referral!;
		ev.triggeredCampaigns.set(r.campaign.id, r.campaign);
		ev.effects.push(effect(r.campaign, 'acceptReferral', { value: code }));
	} else {
		ev.referralRejectionReason = { campaignId: r.campaign ? r.campaign.id : 0, referralId: r.referral ? r.referral.id : 0, reason: r.reason };
		ev.effects.push(effect(r.campaign, 'rejectReferral', { value: code, rejectionReason: r.reason }));
	}
}

export function cartSubtotal(cartItems: Obj[]): number {
	let sum = 0;
	for (const item of cartItems) sum += Number(item.price) * Number(item.quantity);
	return round2(sum);
}

export function additionalCostTotal(costs: Record<string, { price: number }> | undefined): number {
	let sum = 0;
	if (costs) for (const k of Object.keys(costs)) sum += Number(costs[k].price);
	return round2(sum);
}

export function evaluate(
	state: State,
	session: { profileId: string; couponCodes: string[]; referralCode: string; cartItems: Obj[] },
	nowMs: number,
): Evaluation {
	const ev: Evaluation = { effects: [], acceptedCoupons: [], acceptedReferral: null, triggeredCampaigns: new Map(), discounts: {}, earned: null };
	evaluateCoupons(state, ev, session.couponCodes, session.profileId, nowMs);
	if (session.referralCode) evaluateReferral(state, ev, session.referralCode, session.profileId, nowMs);
	const subtotal = cartSubtotal(session.cartItems);
	const discountCampaign = state.campaigns.get(CAMPAIGN_DISCOUNT_ID);
	if (discountCampaign && discountCampaign.state === 'enabled' && subtotal > DISCOUNT_THRESHOLD) {
		const value = round2(subtotal * DISCOUNT_RATE);
		ev.triggeredCampaigns.set(discountCampaign.id, discountCampaign);
		ev.discounts['10% off'] = value;
		ev.effects.push(effect(discountCampaign, 'setDiscount', { name: '10% off', value }));
	}
	ev.earned = earnedPoints(state, session.profileId, subtotal);
	if (ev.earned) {
		ev.triggeredCampaigns.set(ev.earned.campaign.id, ev.earned.campaign);
		ev.effects.push(effect(ev.earned.campaign, 'addLoyaltyPoints', ev.earned.props));
	}
	return ev;
}
