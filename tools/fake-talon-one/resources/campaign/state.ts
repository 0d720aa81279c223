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
		...(Object.fromEntries(COUNTERS.map((counter) => [counter, 0])) as Record<(typeof COUNTERS)[number], number>),
		ruleName: c.name,
	};
}

/** A campaign as the API returns it. */
export function campaignView(campaign: Campaign): Omit<Campaign, 'ruleName'> {
	const { ruleName: _ruleName, ...rest } = campaign;
	return rest;
}
