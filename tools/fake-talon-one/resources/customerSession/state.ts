import { errorResult, type HandlerResult } from '../../core/errors';
import type { HandlerContext } from '../../handler';
import type { State } from '../../state';
import { redemptionKey } from '../coupon/state';
import { ensureProfile, newProfile, type StoredProfile } from '../customerProfile/state';
import { bookEarnedPoints } from '../loyalty/earning';
import { emptyMeta, newEvent, type TalonEvent } from '../event/state';
import { addToIndex, removeFromIndex, round2, type Obj } from '../shared';
import { additionalCostTotal, cartSubtotal, evaluate, type Evaluation } from './ruleEngine';

/** A stored session, in the CustomerSessionV2 shape. */
export interface Session {
	id: number;
	created: string;
	integrationId: string;
	applicationId: number;
	profileId: string;
	couponCodes: string[];
	referralCode: string;
	loyaltyCards: string[];
	state: string;
	cartItems: Obj[];
	identifiers: string[];
	attributes: Obj;
	firstSession: boolean;
	total: number;
	cartItemTotal: number;
	additionalCostTotal: number;
	cartItemAdditionalCostTotal: number;
	updateCount: number;
	updated: string;
	additionalCosts?: Obj;
}

export const createSessionState = () => ({
	/** Keyed by the session's integrationId. */
	sessions: new Map<string, Session>(),
	profileSessions: new Map<string, Set<string>>(),
	/** What closing each closed session gave (for returns and reopening), by its integrationId. */
	closings: new Map<string, Closing>(),
	/** Each session's returns, oldest first. */
	sessionReturns: new Map<string, Obj[]>(),
	/** The effects of each session's last evaluation. */
	sessionEffects: new Map<string, Obj[]>(),
});

export interface Closing {
	evaluation: Evaluation;
	profileId: string;
}

/** What a V1 or V2 update asks for; what it leaves out keeps its stored value. */
export interface SessionInput {
	profileId?: string;
	couponCodes?: string[];
	referralCode?: string;
	loyaltyCards?: string[];
	state?: string;
	cartItems?: Obj[];
	additionalCosts?: Obj;
	identifiers?: string[];
	attributes?: Obj;
	total?: number;
}

export interface SessionUpdate {
	session: Session;
	evaluation: Evaluation;
	profile: StoredProfile | null;
	event: TalonEvent;
}

const SESSION_STATES_FROM: Record<string, string[]> = {
	open: ['open', 'closed', 'cancelled'],
	closed: ['closed', 'cancelled', 'partially_returned'],
	partially_returned: ['partially_returned', 'cancelled'],
	cancelled: ['cancelled'],
};

function buildSession(ctx: HandlerContext, sessionId: string, input: SessionInput, existing: Session | undefined, dry: boolean): Session {
	const { state, now } = ctx;
	const profileId = input.profileId !== undefined ? input.profileId : existing ? existing.profileId : '';
	const cartItems = input.cartItems || (existing ? existing.cartItems : []);
	const additionalCosts = input.additionalCosts || existing?.additionalCosts;
	const cartItemTotal = cartSubtotal(cartItems);
	const costTotal = additionalCostTotal(additionalCosts);
	const hadSessions = profileId ? (state.profileSessions.get(profileId) || new Set()).size > 0 : false;
	const session: Session = {
		id: existing ? existing.id : dry ? 0 : state.nextId.session++,
		created: existing ? existing.created : now,
		integrationId: sessionId,
		applicationId: state.applicationId,
		profileId,
		couponCodes: input.couponCodes || (existing ? existing.couponCodes : []),
		referralCode: input.referralCode !== undefined ? input.referralCode : existing ? existing.referralCode : '',
		loyaltyCards: input.loyaltyCards || (existing ? existing.loyaltyCards : []),
		state: input.state || (existing ? existing.state : 'open'),
		cartItems,
		identifiers: input.identifiers || (existing ? existing.identifiers : []),
		attributes: { ...(existing ? existing.attributes : {}), ...(input.attributes || {}) },
		firstSession: existing ? existing.firstSession : !hadSessions,
		total: input.total !== undefined ? input.total : round2(cartItemTotal + costTotal),
		cartItemTotal,
		additionalCostTotal: costTotal,
		cartItemAdditionalCostTotal: itemCostTotal(cartItems),
		updateCount: existing ? existing.updateCount + 1 : 1,
		updated: now,
	};
	if (additionalCosts) session.additionalCosts = additionalCosts;
	return session;
}

/** Costs attached to cart items (gift wrapping and the like), times each item's quantity. */
function itemCostTotal(cartItems: Obj[]): number {
	return round2(cartItems.reduce((sum, item) => sum + additionalCostTotal(item.additionalCosts) * Number(item.quantity), 0));
}

function store(state: State, session: Session, existing: Session | undefined): void {
	state.sessions.set(session.integrationId, session);
	if (existing && existing.profileId && existing.profileId !== session.profileId) {
		removeFromIndex(state.profileSessions, existing.profileId, session.integrationId);
	}
	if (session.profileId) addToIndex(state.profileSessions, session.profileId, session.integrationId);
}

/**
 * Closing a session redeems what it accepted (coupon and referral usage, campaign counters);
 * reopening it (`by` -1) gives them back.
 */
export function redeem(state: State, evaluation: Evaluation, profileId: string, by: 1 | -1 = 1): void {
	for (const c of evaluation.acceptedCoupons) {
		c.usageCounter += by;
		const key = redemptionKey(c.value, profileId);
		state.couponRedemptions.set(key, (state.couponRedemptions.get(key) || 0) + by);
		const campaign = state.campaigns.get(c.campaignId);
		if (campaign) campaign.couponRedemptionCount += by;
	}
	const r = evaluation.acceptedReferral;
	if (r) {
		r.usageCounter += by;
		if (by > 0 && profileId && !r.friendProfileIntegrationId) r.friendProfileIntegrationId = profileId;
		const campaign = state.campaigns.get(r.campaignId);
		if (campaign) campaign.referralRedemptionCount += by;
	}
}

/** The session's profile (a copy on a dry run), marked active now. */
function touchProfile(ctx: HandlerContext, profileId: string, dry: boolean): StoredProfile | null {
	if (!profileId) return null;
	const stored = ctx.state.profiles.get(profileId);
	const profile = dry ? { ...(stored || newProfile(ctx.state, profileId, ctx.now)) } : ensureProfile(ctx.state, profileId, ctx.now);
	profile.lastActivity = ctx.now;
	return profile;
}

function sessionEvent(ctx: HandlerContext, session: Session, evaluation: Evaluation): TalonEvent {
	const meta = emptyMeta();
	if (evaluation.couponRejectionReason) meta.couponRejectionReason = evaluation.couponRejectionReason;
	if (evaluation.referralRejectionReason) meta.referralRejectionReason = evaluation.referralRejectionReason;
	const { profileId, integrationId: sessionId } = session;
	return newEvent(ctx, { profileId, type: 'talon_session_updated', attributes: {}, sessionId, effects: evaluation.effects, meta });
}

/** The V1/V2 session update: state transition check, rule evaluation, storing (unless dry) and redeeming on close. */
export function upsertSession(ctx: HandlerContext, sessionId: string, input: SessionInput, dry: boolean): { error: HandlerResult } | SessionUpdate {
	const existing = ctx.state.sessions.get(sessionId);
	const session = buildSession(ctx, sessionId, input, existing, dry);
	if (existing && !(SESSION_STATES_FROM[existing.state] || []).includes(session.state)) {
		const details = `cannot change session state from ${existing.state} to ${session.state}`;
		return { error: errorResult(400, 'Invalid session state transition', details, { pointer: '/customerSession/state' }) };
	}
	const { profileId, couponCodes, referralCode, cartItems } = session;
	const evaluation = evaluate(ctx.state, { profileId, couponCodes, referralCode, cartItems }, Date.parse(ctx.now));
	const closing = session.state === 'closed' && existing?.state !== 'closed';
	const profile = touchProfile(ctx, profileId, dry);
	if (!dry) store(ctx.state, session, existing);
	if (!dry) ctx.state.sessionEffects.set(sessionId, evaluation.effects);
	if (!dry && closing) {
		redeem(ctx.state, evaluation, profileId);
		if (evaluation.earned) bookEarnedPoints(ctx.state, evaluation.earned, profileId, sessionId, session.updated);
		ctx.state.closings.set(sessionId, { evaluation, profileId });
	}
	if (closing && profile) {
		profile.closedSessions++;
		profile.totalSales = round2(profile.totalSales + session.total);
	}
	return { session, evaluation, profile, event: sessionEvent(ctx, session, evaluation) };
}
