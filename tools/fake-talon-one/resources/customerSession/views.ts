/** The legacy V1 shapes (IntegrationState) the V1 session, V1 profile and event operations answer with. */
import type { HandlerContext } from '../../handler';
import { profileView, type StoredProfile } from '../customerProfile/state';
import { ACCOUNT_ID } from '../shared';
import type { Evaluation } from './ruleEngine';
import type { Session } from './state';

export function sessionV1View(session: Session, evaluation: Evaluation | null) {
	return {
		integrationId: session.integrationId,
		created: session.created,
		applicationId: session.applicationId,
		profileId: session.profileId,
		coupon: (session.couponCodes && session.couponCodes[0]) || '',
		referral: session.referralCode || '',
		state: session.state,
		cartItems: session.cartItems,
		identifiers: session.identifiers,
		total: session.total,
		attributes: session.attributes,
		firstSession: session.firstSession,
		discounts: evaluation ? evaluation.discounts : {},
		updated: session.updated,
	};
}

/** Placeholder V1 session for answers that require one but have none. */
export function emptyV1Session(ctx: HandlerContext, sessionId: string, profileId: string) {
	return {
		integrationId: sessionId,
		created: ctx.now,
		applicationId: ctx.state.applicationId,
		profileId,
		coupon: '',
		referral: '',
		state: 'open',
		cartItems: [],
		total: 0,
		attributes: {},
		firstSession: false,
		discounts: {},
		updated: ctx.now,
	};
}

/** The profile IntegrationState requires: the given one, or an anonymous placeholder. */
export function v1Profile(ctx: HandlerContext, profile: StoredProfile | null) {
	if (profile) return profileView(ctx.state, profile);
	return {
		id: 0,
		created: ctx.now,
		integrationId: '',
		attributes: {},
		accountId: ACCOUNT_ID,
		closedSessions: 0,
		totalSales: 0,
		loyaltyMemberships: [],
		audienceMemberships: [],
		lastActivity: ctx.now,
	};
}
