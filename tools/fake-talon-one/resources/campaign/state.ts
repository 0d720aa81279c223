import type { Obj } from '../shared';

/** Campaign 1: 10% off carts over 50 (coupons); campaign 2: referrals. Seeded in every server. */
export const CAMPAIGN_DISCOUNT_ID = 1;
export const CAMPAIGN_REFERRAL_ID = 2;

const COUNTERS = [
	'couponRedemptionCount',
	'referralRedemptionCount',
	'discountCount',
	'discountEffectCount',
	'couponCreationCount',
	'customEffectCount',
	'referralCreationCount',
	'addFreeItemEffectCount',
	'awardedGiveawaysCount',
	'createdLoyaltyPointsCount',
	'createdLoyaltyPointsEffectCount',
	'redeemedLoyaltyPointsCount',
	'redeemedLoyaltyPointsEffectCount',
	'callApiEffectCount',
] as const;

export type Campaign = {
	id: number;
	created: string;
	applicationId: number;
	userId: number;
	name: string;
	description: string;
	attributes: Obj;
	state: string;
	activeRulesetId: number;
	tags: string[];
	features: string[];
	limits: unknown[];
	campaignGroups: unknown[];
	type: 'advanced';
	reevaluateOnReturn: boolean;
	storesImported: boolean;
	startTime?: string;
	endTime?: string;
	/** Spending limits and how much of each is used, e.g. `{ action: 'setDiscount', limit: 500, counter: 120 }`. */
	budgets: Array<{ action: string; limit: number; counter: number }>;
	/** Fake-only: the name of the campaign's single rule, used in effects. */
	ruleName: string;
} & Record<(typeof COUNTERS)[number], number>;

export const createCampaignState = () => ({ campaigns: new Map<number, Campaign>() });

export function makeCampaign(c: { id: number; applicationId: number; name: string; features: string[]; created: string }): Campaign {
	return {
		id: c.id,
		created: c.created,
		applicationId: c.applicationId,
		userId: 1,
		name: c.name,
		description: `Fake campaign ${c.id}`,
		attributes: {},
		state: 'enabled',
		activeRulesetId: c.id,
		tags: [],
		features: c.features,
		limits: [],
		campaignGroups: [],
		type: 'advanced',
		reevaluateOnReturn: false,
		storesImported: false,
		budgets: [],
		...(Object.fromEntries(COUNTERS.map((counter) => [counter, 0])) as Record<(typeof COUNTERS)[number], number>),
		ruleName: c.name,
	};
}

/** What the Campaign Manager shows: running, scheduled or expired by the dates while enabled. */
export function frontendState(campaign: Campaign, now: string): string {
	if (campaign.state !== 'enabled') return campaign.state;
	if (campaign.startTime && campaign.startTime > now) return 'scheduled';
	if (campaign.endTime && campaign.endTime <= now) return 'expired';
	return 'running';
}

/** A campaign as the Management API returns it. */
export function campaignView(campaign: Campaign, now = new Date().toISOString()): Omit<Campaign, 'ruleName'> & { frontendState: string } {
	const { ruleName: _ruleName, ...rest } = campaign;
	return { ...rest, frontendState: frontendState(campaign, now) };
}

/** A running campaign as the Integration API lists it: no counters, its rules' titles. */
export function integrationCampaignView(campaign: Campaign) {
	const { id, applicationId, name, description, startTime, endTime, attributes, state, tags, features, ruleName } = campaign;
	return { id, applicationId, name, description, startTime, endTime, attributes, state, tags, features, rules: [{ title: ruleName }] };
}
