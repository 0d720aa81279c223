import { errorResult, type HandlerResult } from '../../core/errors';
import type { HandlerContext, Handlers } from '../../handler';
import { campaignOr404 as managedCampaignOr404 } from '../campaign/lookup';
import { fold, matchesCodeFilters, sortBy } from '../listFilters';
import { pageWithoutTotal } from '../shared';
import { createReferral, referralView } from './state';

function campaignOr404(ctx: HandlerContext): HandlerResult | null {
	if (ctx.state.campaigns.has(ctx.body.campaignId)) return null;
	return errorResult(404, 'Campaign not found', `campaign ${ctx.body.campaignId} does not exist`, { pointer: '/campaignId' });
}

export const referralHandlers: Handlers = {
	getReferralsWithoutTotalCount(ctx) {
		const r = managedCampaignOr404(ctx);
		if (r.error) return r.error;
		const q = ctx.query;
		const now = Date.parse(ctx.now);
		const found = [...ctx.state.referrals.values()].filter(
			(referral) =>
				referral.campaignId === r.campaign.id &&
				(q.code === undefined || fold(referral.code).includes(fold(String(q.code)))) &&
				(q.advocate === undefined || referral.advocateProfileIntegrationId === q.advocate) &&
				matchesCodeFilters(referral, q, now),
		);
		return { status: 200, body: pageWithoutTotal(found.map(referralView).sort(sortBy(q.sort)), q) };
	},

	createReferral(ctx) {
		const err = campaignOr404(ctx);
		if (err) return err;
		const referral = createReferral(ctx, ctx.body, ctx.body.advocateProfileIntegrationId);
		ctx.write(`referral:${referral.code}`, ctx.body);
		return { status: 201, body: referralView(referral) };
	},

	createReferralsForMultipleAdvocates(ctx) {
		const err = campaignOr404(ctx);
		if (err) return err;
		const data = (ctx.body.advocateProfileIntegrationIds as string[]).map((advocate) => {
			const referral = createReferral(ctx, ctx.body, advocate);
			ctx.write(`referral:${referral.code}`, { ...ctx.body, advocateProfileIntegrationIds: [advocate] });
			return referralView(referral);
		});
		return ctx.query.silent === 'no' ? { status: 201, body: { totalResultSize: data.length, data } } : { status: 204 };
	},
};
