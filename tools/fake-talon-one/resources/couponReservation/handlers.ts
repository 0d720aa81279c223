import { errorResult, type HandlerResult } from '../../core/errors';
import type { HandlerContext, Handlers } from '../../handler';
import { couponView, type Coupon } from '../coupon/state';
import { ensureProfile, profileView } from '../customerProfile/state';
import { reserve, unreserve } from './state';

function couponOr404(ctx: HandlerContext): { coupon: Coupon; error?: undefined } | { error: HandlerResult } {
	const value = ctx.pathParams.couponValue;
	const coupon = ctx.state.coupons.get(value);
	if (!coupon) return { error: errorResult(404, 'Coupon not found', `coupon ${JSON.stringify(value)} does not exist`, { parameter: 'couponValue' }) };
	return { coupon };
}

export const couponReservationHandlers: Handlers = {
	createCouponReservation(ctx) {
		const r = couponOr404(ctx);
		if (r.error) return r.error;
		for (const pid of ctx.body.integrationIDs) {
			ensureProfile(ctx.state, pid, ctx.now);
			reserve(ctx.state, r.coupon.value, pid);
		}
		ctx.write(`coupon:${r.coupon.value}`, ctx.body);
		return { status: 201, body: couponView(r.coupon) };
	},

	deleteCouponReservation(ctx) {
		const r = couponOr404(ctx);
		if (r.error) return r.error;
		for (const pid of ctx.body.integrationIDs) unreserve(ctx.state, r.coupon.value, pid);
		ctx.write(`coupon:${r.coupon.value}`, ctx.body);
		return { status: 204 };
	},

	getReservedCustomers(ctx) {
		const r = couponOr404(ctx);
		if (r.error) return r.error;
		const data = [...(ctx.state.reservations.get(r.coupon.value) ?? [])].flatMap((pid) => {
			const p = ctx.state.profiles.get(pid);
			return p ? [profileView(ctx.state, p)] : [];
		});
		return { status: 200, body: { totalResultSize: data.length, data } };
	},
};
