import type { HandlerContext, Handlers } from '../../handler';
import { campaignView } from '../campaign/state';
import { couponView } from '../coupon/state';
import { profileView } from '../customerProfile/state';
import { inventoryReferral } from '../referral/state';
import { emptyLoyalty, type Obj } from '../shared';
import { reopen, returnItems, sessionNotFound } from './returns';
import { upsertSession, type SessionInput, type SessionUpdate } from './state';
import { sessionV1View, v1Profile } from './views';

/** What `responseContent` can ask for beyond the session, event and effects. */
function responseContent(ctx: HandlerContext, update: SessionUpdate): Obj {
	const want = new Set(ctx.body.responseContent || []);
	const { evaluation, profile } = update;
	const out: Obj = {};
	if (want.has('customerProfile') && profile) out.customerProfile = profileView(ctx.state, profile);
	if (want.has('coupons')) out.coupons = evaluation.acceptedCoupons.map(couponView);
	if (want.has('triggeredCampaigns')) out.triggeredCampaigns = [...evaluation.triggeredCampaigns.values()].map((campaign) => campaignView(campaign, ctx.now));
	if (want.has('referral') && evaluation.acceptedReferral) out.referral = inventoryReferral(evaluation.acceptedReferral);
	if (want.has('loyalty')) out.loyalty = emptyLoyalty();
	for (const empty of ['awardedGiveaways', 'ruleFailureReasons', 'previousReturns']) if (want.has(empty)) out[empty] = [];
	return out;
}

/** The V1 body's fields in the V2 session's terms. */
const v1Input = (b: Obj): SessionInput => ({
	profileId: b.profileId,
	couponCodes: b.coupon !== undefined ? (b.coupon ? [b.coupon] : []) : undefined,
	referralCode: b.referral,
	state: b.state,
	cartItems: b.cartItems,
	identifiers: b.identifiers,
	attributes: b.attributes,
	total: b.total,
});

/** What `responseContent` asks for in a return's answer. */
function returnContent(ctx: HandlerContext, r: Exclude<ReturnType<typeof returnItems>, { error: unknown }>): Obj {
	const want = new Set<string>(ctx.body.responseContent || []);
	const profile = ctx.state.profiles.get(r.session.profileId);
	const parts: Obj = {
		customerSession: r.session,
		customerProfile: profile ? profileView(ctx.state, profile) : undefined,
		event: r.event,
		loyalty: emptyLoyalty(),
		previousReturns: (ctx.state.sessionReturns.get(r.session.integrationId) ?? []).filter((ret) => ret !== r.record),
		coupons: [],
		triggeredCampaigns: [],
	};
	return Object.fromEntries([...want].filter((key) => parts[key] !== undefined).map((key) => [key, parts[key]]));
}

export const customerSessionHandlers: Handlers = {
	getCustomerSession(ctx) {
		const id = ctx.pathParams.customerSessionId;
		const session = ctx.state.sessions.get(id);
		if (!session) return sessionNotFound(id);
		return { status: 200, body: { customerSession: session, effects: ctx.state.sessionEffects.get(id) ?? [] } };
	},

	returnCartItems(ctx) {
		const id = ctx.pathParams.customerSessionId;
		const r = returnItems(ctx, id, ctx.body.return.returnedCartItems, ctx.query.dry === true);
		if ('error' in r) return r.error;
		const out = { effects: r.effects, createdCoupons: [], createdReferrals: [], return: r.record };
		return { status: 200, body: { ...out, ...returnContent(ctx, r) } };
	},

	reopenCustomerSession(ctx) {
		const r = reopen(ctx, ctx.pathParams.customerSessionId);
		return 'error' in r ? r.error : { status: 200, body: { effects: r.effects } };
	},

	updateCustomerSessionV2(ctx) {
		const id = ctx.pathParams.customerSessionId;
		const dry = ctx.query.dry === true;
		const r = upsertSession(ctx, id, ctx.body.customerSession, dry);
		if ('error' in r) return r.error;
		if (!dry) ctx.write(`session:${id}`, ctx.body);
		const out = { customerSession: r.session, event: r.event, effects: r.evaluation.effects, createdCoupons: [], createdReferrals: [] };
		return { status: 200, body: { ...out, ...responseContent(ctx, r) } };
	},

	updateCustomerSession(ctx) {
		const id = ctx.pathParams.customerSessionId;
		const dry = ctx.query.dry === true;
		const r = upsertSession(ctx, id, v1Input(ctx.body), dry);
		if ('error' in r) return r.error;
		if (!dry) ctx.write(`session:${id}`, ctx.body);
		const out: Obj = { session: sessionV1View(r.session, r.evaluation), profile: v1Profile(ctx, r.profile), event: r.event };
		if (r.evaluation.acceptedCoupons[0]) out.coupon = couponView(r.evaluation.acceptedCoupons[0]);
		return { status: 200, body: out };
	},
};
