import type { HandlerContext } from '../../handler';
import type { State } from '../../state';
import { ensureProfile } from '../customerProfile/state';
import { addToIndex, generateCode, type Obj } from '../shared';

export interface Referral {
	id: number;
	created: string;
	usageLimit: number;
	campaignId: number;
	advocateProfileIntegrationId: string;
	attributes: Obj;
	code: string;
	usageCounter: number;
	startDate?: string;
	expiryDate?: string;
	friendProfileIntegrationId?: string;
}

export const createReferralState = () => ({
	/** Keyed by code. */
	referrals: new Map<string, Referral>(),
	/** Codes by advocate integrationId. */
	profileReferrals: new Map<string, Set<string>>(),
});

export function storeReferral(state: State, referral: Referral): void {
	state.referrals.set(referral.code, referral);
	addToIndex(state.profileReferrals, referral.advocateProfileIntegrationId, referral.code);
}

/** Creates a referral for `advocate` from a NewReferral-shaped input (the advocate's profile too, when missing). */
export function createReferral(ctx: HandlerContext, input: Obj, advocate: string): Referral {
	const referral: Referral = {
		id: ctx.state.nextId.referral++,
		created: ctx.now,
		usageLimit: input.usageLimit !== undefined ? input.usageLimit : 0,
		campaignId: input.campaignId,
		advocateProfileIntegrationId: advocate,
		attributes: { ...(input.attributes || {}) },
		code: generateCode(ctx, (code) => ctx.state.referrals.has(code), 'REF-######', input.referralPattern, input.validCharacters),
		usageCounter: 0,
	};
	if (input.startDate) referral.startDate = input.startDate;
	if (input.expiryDate) referral.expiryDate = input.expiryDate;
	if (input.friendProfileIntegrationId) referral.friendProfileIntegrationId = input.friendProfileIntegrationId;
	storeReferral(ctx.state, referral);
	ensureProfile(ctx.state, advocate, ctx.now);
	const campaign = ctx.state.campaigns.get(referral.campaignId);
	if (campaign) campaign.referralCreationCount++;
	return referral;
}

/** A referral as the API returns it. */
export const referralView = (r: Referral) => ({ ...r, attributes: { ...r.attributes } });

/** A referral as the customer inventory lists it. */
export const inventoryReferral = (r: Referral) => ({
	...referralView(r),
	referredCustomers: r.friendProfileIntegrationId ? [r.friendProfileIntegrationId] : [],
});
