import { errorResult, type HandlerResult } from '../../core/errors';
import type { HandlerContext, Handlers } from '../../handler';
import { createReferral, referralView } from './state';

function campaignOr404(ctx: HandlerContext): HandlerResult | null {
	if (ctx.state.campaigns.has(ctx.body.campaignId)) return null;
	return errorResult(404, 'Campaign not found', `campaign ${ctx.body.campaignId} does not exist`, { pointer: '/campaignId' });
}

export const referralHandlers: Handlers = {
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
