import { errorResult, type HandlerResult } from '../../core/errors';
import type { HandlerContext, Handlers } from '../../handler';
import { campaignOr404 } from '../campaign/lookup';
import type { Campaign } from '../campaign/state';
import { fold, matchesCodeFilters, sortBy, within } from '../listFilters';
import { generateCode, pageWithoutTotal, type Obj } from '../shared';
import { addCoupon, couponById, couponView, removeCoupon, type Coupon } from './state';

function couponOr404(ctx: HandlerContext): { coupon: Coupon; error?: undefined } | { error: HandlerResult } {
	const r = campaignOr404(ctx);
	if (r.error) return r;
	const coupon = /^\d+$/.test(ctx.pathParams.couponId) ? couponById(ctx.state, Number(ctx.pathParams.couponId)) : undefined;
	if (!coupon || coupon.campaignId !== r.campaign.id) {
		return { error: errorResult(404, 'Coupon not found', `coupon ${ctx.pathParams.couponId} does not exist in campaign ${r.campaign.id}`, { parameter: 'couponId' }) };
	}
	return { coupon };
}

const SETTINGS = ['usageLimit', 'discountLimit', 'reservationLimit', 'startDate', 'expiryDate', 'isReservationMandatory', 'implicitlyReserved'] as const;

/** Creates one coupon with the request's settings; `recipient` for a personal one. */
function createCoupon(ctx: HandlerContext, campaign: Campaign, batchId: string, recipient: string | undefined): Coupon {
	const b = ctx.body;
	const taken = (code: string) => ctx.state.coupons.has(code);
	const code = generateCode(ctx, taken, `${b.uniquePrefix ?? ''}########`, b.couponPattern && `${b.uniquePrefix ?? ''}${b.couponPattern}`, b.validCharacters);
	const coupon = addCoupon(ctx.state, code, campaign.id, ctx.now);
	for (const key of SETTINGS) if (b[key] !== undefined) (coupon as Obj)[key] = b[key];
	coupon.attributes = { ...(b.attributes ?? {}) };
	coupon.batchId = batchId;
	if (recipient !== undefined) coupon.recipientIntegrationId = recipient;
	campaign.couponCreationCount++;
	ctx.write(`coupon:${coupon.value}`, { ...b, recipientIntegrationId: recipient });
	return coupon;
}

function created(ctx: HandlerContext, coupons: Coupon[]): HandlerResult {
	if (ctx.query.silent === 'no') return { status: 200, body: { totalResultSize: coupons.length, data: coupons.map(couponView) } };
	return { status: 204 };
}

/** The query filters of the coupon lists (Get Many and the attribute search). */
function matches(c: Coupon, q: Obj, now: number): boolean {
	return (
		(q.value === undefined || (q.exactMatch ? c.value.toLowerCase() === String(q.value).toLowerCase() : fold(c.value).includes(fold(String(q.value))))) &&
		matchesCodeFilters(c, q, now) &&
		(q.redeemed === undefined || String(c.usageCounter > 0) === q.redeemed) &&
		(q.recipientIntegrationId === undefined || c.recipientIntegrationId === q.recipientIntegrationId) &&
		(q.batchId === undefined || c.batchId === q.batchId) &&
		(q.referralId === undefined || c.referralId === q.referralId) &&
		within(c.expiryDate, q.expiresAfter, q.expiresBefore) &&
		within(c.startDate, q.startsAfter, q.startsBefore)
	);
}

function listCoupons(ctx: HandlerContext, extra: (c: Coupon) => boolean = () => true): HandlerResult {
	const r = campaignOr404(ctx);
	if (r.error) return r.error;
	const now = Date.parse(ctx.now);
	const found = [...ctx.state.coupons.values()].filter((c) => c.campaignId === r.campaign.id && matches(c, ctx.query, now) && extra(c));
	return { status: 200, body: pageWithoutTotal(found.map(couponView).sort(sortBy(ctx.query.sort)), ctx.query) };
}

/** Every given attribute has the same value on the coupon (it may have more). */
const hasAttributes = (c: Coupon, wanted: Obj) => Object.entries(wanted).every(([k, v]) => JSON.stringify(c.attributes[k]) === JSON.stringify(v));

export const couponHandlers: Handlers = {
	createCoupons(ctx) {
		const r = campaignOr404(ctx);
		if (r.error) return r.error;
		const batchId = `batch-${ctx.state.nextId.coupon}`;
		const coupons = Array.from({ length: ctx.body.numberOfCoupons }, () => createCoupon(ctx, r.campaign, batchId, ctx.body.recipientIntegrationId));
		return created(ctx, coupons);
	},

	createCouponsForMultipleRecipients(ctx) {
		const r = campaignOr404(ctx);
		if (r.error) return r.error;
		const batchId = `batch-${ctx.state.nextId.coupon}`;
		return created(ctx, (ctx.body.recipientsIntegrationIds as string[]).map((recipient) => createCoupon(ctx, r.campaign, batchId, recipient)));
	},

	getCouponsWithoutTotalCount: (ctx) => listCoupons(ctx),

	searchCouponsAdvancedWithoutTotalCount: (ctx) => listCoupons(ctx, (c) => hasAttributes(c, ctx.body)),

	updateCoupon(ctx) {
		const r = couponOr404(ctx);
		if (r.error) return r.error;
		const c = r.coupon as Obj;
		// A PUT: Talon.One clears the dates and the recipient when the request leaves them out.
		for (const key of ['startDate', 'expiryDate', 'recipientIntegrationId']) delete c[key];
		for (const key of [...SETTINGS, 'recipientIntegrationId']) if (ctx.body[key] !== undefined) c[key] = ctx.body[key];
		if (ctx.body.attributes !== undefined) c.attributes = { ...ctx.body.attributes };
		ctx.write(`coupon:${r.coupon.value}`, ctx.body);
		return { status: 200, body: couponView(r.coupon) };
	},

	deleteCoupon(ctx) {
		const r = couponOr404(ctx);
		if (r.error) return r.error;
		removeCoupon(ctx.state, r.coupon);
		ctx.write(`coupon:${r.coupon.value}`, undefined);
		return { status: 204 };
	},
};
