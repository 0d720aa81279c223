import type { State } from '../../state';
import type { Obj } from '../shared';

export interface Coupon {
	id: number;
	created: string;
	campaignId: number;
	value: string;
	usageLimit: number;
	usageCounter: number;
	discountCounter: number;
	limits: unknown[];
	attributes: Obj;
	reservation: boolean;
	startDate?: string;
	expiryDate?: string;
	recipientIntegrationId?: string;
}

export const createCouponState = () => ({
	/** Keyed by coupon value. */
	coupons: new Map<string, Coupon>(),
	/** Redemptions by `${couponValue}\u0000${profileIntegrationId}`. */
	couponRedemptions: new Map<string, number>(),
});

export const redemptionKey = (couponValue: string, profileId: string): string => `${couponValue}\u0000${profileId}`;

export function addCoupon(state: State, value: string, campaignId: number, created: string): Coupon {
	const coupon: Coupon = {
		id: state.nextId.coupon++,
		created,
		campaignId,
		value,
		usageLimit: 0,
		usageCounter: 0,
		discountCounter: 0,
		limits: [],
		attributes: {},
		reservation: true,
	};
	state.coupons.set(value, coupon);
	return coupon;
}

/** A coupon as the API returns it. */
export const couponView = (c: Coupon) => ({ ...c, attributes: { ...c.attributes } });
