import type { Handlers } from '../../handler';
import type { PriceObservation } from './state';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The lowest price of each SKU in the look-back period (`strict`: days before the end date). */
export const pricingHandlers: Handlers = {
	bestPriorPrice(ctx) {
		const { skus, timeframe, timeframeEndDate, target } = ctx.body;
		const end = Date.parse(timeframeEndDate);
		const start = end - Number(timeframe) * DAY_MS;
		const audienceId = target?.targetType === 'AUDIENCE' ? target.audienceID : undefined;
		const best = (skus as string[]).flatMap((sku) => {
			const seen = ctx.state.priceHistory.filter(
				(p) => p.sku === sku && p.audienceId === audienceId && Date.parse(p.observedAt) >= start && Date.parse(p.observedAt) <= end,
			);
			const lowest = seen.reduce<PriceObservation | undefined>((low, p) => (!low || p.price < low.price ? p : low), undefined);
			if (!lowest) return [];
			return [
				{
					id: lowest.id,
					sku,
					observedAt: lowest.observedAt,
					contextIds: lowest.contextId ? [lowest.contextId] : [],
					contextId: lowest.contextId,
					price: lowest.price,
					metadata: { influencingCampaignDetails: [] },
					target: audienceId === undefined ? { type: 'NONE' } : { type: 'AUDIENCE', audience: { id: audienceId } },
				},
			];
		});
		return { status: 200, body: best };
	},
};
