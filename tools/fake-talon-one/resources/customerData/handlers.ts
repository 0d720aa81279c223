import { errorResult, type HandlerResult } from '../../core/errors';
import type { HandlerContext, Handlers } from '../../handler';
import type { State } from '../../state';
import { removeMember } from '../audience/state';
import { couponView, redemptionKey } from '../coupon/state';
import { unreserve } from '../couponReservation/state';
import { profileView, type StoredProfile } from '../customerProfile/state';
import { inventoryReferral } from '../referral/state';
import { emptyLoyalty, type Obj } from '../shared';

function profileOr404(ctx: HandlerContext): { profile: StoredProfile; error?: undefined } | { error: HandlerResult } {
	const id = ctx.pathParams.integrationId;
	const profile = ctx.state.profiles.get(id);
	if (!profile) {
		return { error: errorResult(404, 'Customer profile not found', `customer profile ${JSON.stringify(id)} does not exist`, { parameter: 'integrationId' }) };
	}
	return { profile };
}

function inventoryCoupons(state: State, id: string, nowMs: number): Obj[] {
	return [...(state.profileReservations.get(id) ?? [])].flatMap((value) => {
		const c = state.coupons.get(value);
		if (!c) return [];
		const depleted = c.usageLimit > 0 && c.usageCounter >= c.usageLimit;
		const expired = c.expiryDate && Date.parse(c.expiryDate) < nowMs;
		const profileRedemptionCount = state.couponRedemptions.get(redemptionKey(value, id)) || 0;
		return [{ ...couponView(c), profileRedemptionCount, state: expired ? 'expired' : depleted ? 'depleted' : 'active' }];
	});
}

function inventoryReferrals(state: State, id: string): Obj[] {
	return [...(state.profileReferrals.get(id) ?? [])].flatMap((code) => {
		const referral = state.referrals.get(code);
		return referral ? [inventoryReferral(referral)] : [];
	});
}

/** Removes every trace of a customer: sessions, events, reservations, memberships, referrals, the profile. */
function eraseCustomer(state: State, id: string): void {
	for (const sid of state.profileSessions.get(id) ?? []) state.sessions.delete(sid);
	state.profileSessions.delete(id);
	for (const eid of state.profileEvents.get(id) ?? []) state.events.delete(eid);
	state.profileEvents.delete(id);
	for (const value of [...(state.profileReservations.get(id) ?? [])]) unreserve(state, value, id);
	for (const aid of [...(state.profileAudiences.get(id) ?? [])]) removeMember(state, aid, id);
	for (const code of state.profileReferrals.get(id) ?? []) state.referrals.delete(code);
	state.profileReferrals.delete(id);
	state.profiles.delete(id);
}

export const customerDataHandlers: Handlers = {
	getCustomerInventory(ctx) {
		const r = profileOr404(ctx);
		if (r.error) return r.error;
		const { state, query } = ctx;
		const id = r.profile.integrationId;
		const out: Obj = {};
		if (query.profile) out.profile = profileView(state, r.profile);
		if (query.loyalty) out.loyalty = emptyLoyalty();
		if (query.referrals) out.referrals = inventoryReferrals(state, id);
		if (query.coupons) out.coupons = inventoryCoupons(state, id, Date.parse(ctx.now));
		if (query.giveaways) out.giveaways = [];
		return { status: 200, body: out };
	},

	deleteCustomerData(ctx) {
		const r = profileOr404(ctx);
		if (r.error) return r.error;
		eraseCustomer(ctx.state, r.profile.integrationId);
		ctx.write(`profile:${r.profile.integrationId}`, undefined);
		return { status: 204 };
	},
};
