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
	discountLimit?: number;
	reservationLimit?: number;
	isReservationMandatory?: boolean;
	implicitlyReserved?: boolean;
	batchId?: string;
	referralId?: number;
}

export const createCouponState = () => ({
	/** Keyed by coupon value. */
	coupons: new Map<string, Coupon>(),
	/** Coupon values by coupon id (the Management API addresses coupons by id). */
	couponValuesById: new Map<number, string>(),
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
	state.couponValuesById.set(coupon.id, value);
	return coupon;
}

export function removeCoupon(state: State, coupon: Coupon): void {
	state.coupons.delete(coupon.value);
	state.couponValuesById.delete(coupon.id);
}

export function couponById(state: State, id: number): Coupon | undefined {
	const value = state.couponValuesById.get(id);
	return value === undefined ? undefined : state.coupons.get(value);
}

/** A coupon as the API returns it. */
export const couponView = (c: Coupon) => ({ ...c, attributes: { ...c.attributes } });
