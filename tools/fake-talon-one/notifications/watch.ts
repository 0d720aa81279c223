/**
 * Which state changes of one request become notifications: a snapshot before the handler runs,
 * compared with the state after it succeeded. Reading the state (not the handlers) keeps every
 * resource's handlers free of notification code; it only runs while a notification target is set.
 */
import type { State } from '../state';
import { campaignView } from '../resources/campaign/state';
import { couponView } from '../resources/coupon/state';
import type { NotificationSender } from './sender';

interface Snapshot {
	nextCouponId: number;
	campaignStates: Map<number, string>;
}

export function snapshot(state: State): Snapshot {
	return {
		nextCouponId: state.nextId.coupon,
		campaignStates: new Map([...state.campaigns.values()].map((c) => [c.id, c.state])),
	};
}

function couponsCreated(before: Snapshot, state: State, sender: NotificationSender): void {
	if (state.nextId.coupon === before.nextCouponId) return;
	for (const coupon of state.coupons.values()) {
		if (coupon.id < before.nextCouponId) continue;
		const { recipientIntegrationId, startDate, expiryDate, ...rest } = couponView(coupon);
		const optional = Object.fromEntries(Object.entries({ recipientIntegrationId, startDate, expiryDate }).filter(([, v]) => v !== undefined));
		sender.emit('createCouponData', { ...rest, ...optional, ApplicationId: state.applicationId }, { NotificationType: 'CouponCreated' });
	}
}

function campaignStatesChanged(before: Snapshot, state: State, sender: NotificationSender): void {
	for (const campaign of state.campaigns.values()) {
		const oldState = before.campaignStates.get(campaign.id);
		if (oldState === undefined || oldState === campaign.state) continue;
		sender.emit('campaignStateChangedNotification', {
			Event: 'campaign_state_changed',
			campaign: campaignView(campaign),
			oldState,
			newState: campaign.state,
		});
	}
}

/** Queues the notifications for what changed since `before`. */
export function notifyChanges(before: Snapshot, state: State, sender: NotificationSender): void {
	couponsCreated(before, state, sender);
	campaignStatesChanged(before, state, sender);
}
