import { errorResult } from '../../core/errors';
import type { HandlerContext, Handlers } from '../../handler';
import { inFilter, type Obj } from '../shared';
import { progressKey } from './state';

/** A page of `records` as `pageSize` and `skip` ask (Talon.One's default page size is 1000). */
function page(ctx: HandlerContext, records: Obj[]): Obj {
	const skip = ctx.query.skip ?? 0;
	const pageSize = ctx.query.pageSize ?? 1000;
	return { totalResultSize: records.length, data: records.slice(skip, skip + pageSize) };
}

function profileOr404(ctx: HandlerContext) {
	const id = ctx.pathParams.integrationId;
	return ctx.state.profiles.has(id) ? null : errorResult(404, 'Customer profile not found', `no customer profile with the ID ${id}`);
}

export const achievementHandlers: Handlers = {
	getCustomerAchievements(ctx) {
		const missing = profileOr404(ctx);
		if (missing) return missing;
		const { campaignIds, achievementIds, achievementStatus, currentProgressStatus } = ctx.query;
		const records = [...ctx.state.achievements.values()]
			.filter((a) => inFilter(campaignIds, a.campaignId) && inFilter(achievementIds, a.id) && inFilter(achievementStatus ?? ['active'], a.status))
			.map((a) => {
				const periods = ctx.state.achievementProgress.get(progressKey(ctx.pathParams.integrationId, a.id)) ?? [];
				const currentProgress = periods[periods.length - 1] ?? { status: 'not_started', progress: 0 };
				return { ...a, currentProgress };
			})
			.filter((a) => inFilter(currentProgressStatus, a.currentProgress.status));
		return { status: 200, body: page(ctx, records) };
	},

	getCustomerAchievementHistory(ctx) {
		const missing = profileOr404(ctx);
		if (missing) return missing;
		const { achievementId, integrationId } = ctx.pathParams;
		if (!ctx.state.achievements.has(achievementId)) return errorResult(404, 'Achievement not found', `no achievement with the ID ${achievementId}`);
		const { progressStatus, startDate, endDate } = ctx.query;
		const records = (ctx.state.achievementProgress.get(progressKey(integrationId, achievementId)) ?? []).filter(
			(p) =>
				inFilter(progressStatus, p.status) &&
				(!startDate || Date.parse(p.startDate) >= Date.parse(startDate)) &&
				(!endDate || Date.parse(p.startDate) <= Date.parse(endDate)),
		);
		return { status: 200, body: page(ctx, records) };
	},
};
