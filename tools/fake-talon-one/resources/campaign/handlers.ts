import { errorResult, type HandlerResult } from '../../core/errors';
import type { HandlerContext, Handlers } from '../../handler';
import { containsIgnoringCase, inFilter, pageOf, pageWithoutTotal } from '../shared';
import { campaignView, frontendState, integrationCampaignView, type Campaign } from './state';

function campaignOr404(ctx: HandlerContext): { campaign: Campaign; error?: undefined } | { error: HandlerResult } {
	const { applicationId, campaignId } = ctx.pathParams;
	const campaign = ctx.state.campaigns.get(campaignId);
	if (!campaign || campaign.applicationId !== applicationId) {
		return { error: errorResult(404, 'Campaign not found', `campaign ${campaignId} does not exist in application ${applicationId}`, { parameter: 'campaignId' }) };
	}
	return { campaign };
}

/** `campaignState` matches the stored state or, for running/scheduled/expired/staged, the one the Campaign Manager shows. */
function inState(campaign: Campaign, wanted: string | undefined, now: string): boolean {
	return wanted === undefined || campaign.state === wanted || frontendState(campaign, now) === wanted;
}

export const campaignHandlers: Handlers = {
	getCampaigns(ctx) {
		const { campaignState, name, tags } = ctx.query;
		const tagList = tags === undefined ? [] : String(tags).split(',').map((t) => t.trim()).filter(Boolean);
		const listed = [...ctx.state.campaigns.values()].filter(
			(c) =>
				c.applicationId === ctx.pathParams.applicationId &&
				inState(c, campaignState, ctx.now) &&
				(name === undefined || containsIgnoringCase(c.name, name)) &&
				tagList.every((tag) => c.tags.includes(tag)),
		);
		return { status: 200, body: pageOf(listed.map((c) => campaignView(c, ctx.now)), ctx.query) };
	},

	getCampaign(ctx) {
		const r = campaignOr404(ctx);
		return r.error ?? { status: 200, body: campaignView(r.campaign, ctx.now) };
	},

	updateCampaign(ctx) {
		const r = campaignOr404(ctx);
		if (r.error) return r.error;
		const { name, description, state, tags, startTime, endTime, attributes, features, limits } = ctx.body;
		Object.assign(r.campaign, { name, tags, features, limits }, Object.fromEntries(Object.entries({ description, state, startTime, endTime, attributes }).filter(([, v]) => v !== undefined)));
		ctx.write(`campaign:${r.campaign.id}`, ctx.body);
		return { status: 200, body: campaignView(r.campaign, ctx.now) };
	},

	getCampaignAnalytics(ctx) {
		const r = campaignOr404(ctx);
		if (r.error) return r.error;
		const c = r.campaign;
		const discount = c.budgets.find((b) => b.action === 'setDiscount')?.counter ?? 0;
		const figures = {
			campaignRevenue: 0,
			campaignRefund: 0,
			campaignDiscountCosts: discount,
			campaignRefundedDiscounts: 0,
			campaignFreeItems: c.addFreeItemEffectCount,
			referralRedemptions: c.referralRedemptionCount,
			couponRedemptions: c.couponRedemptionCount,
			couponRolledbackRedemptions: 0,
			couponsCreated: c.couponCreationCount,
			referralsCreated: c.referralCreationCount,
			addedLoyaltyPoints: c.createdLoyaltyPointsCount,
			deductedLoyaltyPoints: c.redeemedLoyaltyPointsCount,
		};
		const totals = Object.fromEntries(Object.entries(figures).map(([key, value]) => [`total${key.charAt(0).toUpperCase()}${key.slice(1)}`, value]));
		// One entry for the whole range: the fake keeps totals only.
		return { status: 200, body: { totalResultSize: 1, data: [{ date: ctx.query.rangeEnd, ...figures, ...totals }] } };
	},

	integrationGetAllCampaigns(ctx) {
		const running = [...ctx.state.campaigns.values()].filter(
			(c) => c.applicationId === ctx.state.applicationId && frontendState(c, ctx.now) === 'running' && inFilter(ctx.query.campaignIds, c.id),
		);
		return { status: 200, body: pageWithoutTotal(running.map(integrationCampaignView), ctx.query) };
	},
};
