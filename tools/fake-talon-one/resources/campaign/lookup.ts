import { errorResult, type HandlerResult } from '../../core/errors';
import type { HandlerContext } from '../../handler';
import type { Campaign } from './state';

/** The campaign of a Management API path (`applicationId`, `campaignId`), when it exists in that Application. */
export function campaignOr404(ctx: HandlerContext): { campaign: Campaign; error?: undefined } | { error: HandlerResult } {
	const { applicationId, campaignId } = ctx.pathParams;
	const campaign = ctx.state.campaigns.get(campaignId);
	if (!campaign || campaign.applicationId !== applicationId) {
		return { error: errorResult(404, 'Campaign not found', `campaign ${campaignId} does not exist in application ${applicationId}`, { parameter: 'campaignId' }) };
	}
	return { campaign };
}
