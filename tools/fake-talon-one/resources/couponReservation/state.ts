import type { State } from '../../state';
import { addToIndex, removeFromIndex } from '../shared';

export const createReservationState = () => ({
	/** Profile integrationIds by coupon value. */
	reservations: new Map<string, Set<string>>(),
	/** Coupon values by profile integrationId. */
	profileReservations: new Map<string, Set<string>>(),
});

export function reserve(state: State, couponValue: string, profileId: string): void {
	addToIndex(state.reservations, couponValue, profileId);
	addToIndex(state.profileReservations, profileId, couponValue);
}

export function unreserve(state: State, couponValue: string, profileId: string): void {
	removeFromIndex(state.reservations, couponValue, profileId);
	removeFromIndex(state.profileReservations, profileId, couponValue);
}
