/**
 * Which state changes of one request become notifications: a snapshot before the handler runs,
 * compared with the state after it succeeded. Reading the state (not the handlers) keeps every
 * resource's handlers free of notification code; it only runs while a notification target is set.
 */
import type { State } from '../state';
import { campaignView } from '../resources/campaign/state';
import { couponView } from '../resources/coupon/state';
import { pointsOf, type LoyaltyTransaction } from '../resources/loyalty/state';
import { tierFor } from '../resources/loyaltyProgram/state';
import type { NotificationSender } from './sender';

interface Snapshot {
	nextCouponId: number;
	campaignStates: Map<number, string>;
	loyaltyTransactions: number;
}

export function snapshot(state: State): Snapshot {
	return {
		nextCouponId: state.nextId.coupon,
		campaignStates: new Map([...state.campaigns.values()].map((c) => [c.id, c.state])),
		loyaltyTransactions: state.loyaltyTransactions.length,
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

/** Only date-times: a transaction's start may be 'on_action' and its expiry 'unlimited'. */
const dateTime = (value: string): { value?: string } => (Number.isNaN(Date.parse(value)) ? {} : { value });

function pointsChanged(t: LoyaltyTransaction, sender: NotificationSender): void {
	const start = dateTime(t.startDate).value;
	const expiry = dateTime(t.expiryDate).value;
	const common = {
		LoyaltyProgramID: t.programId,
		SubledgerID: t.subledgerId,
		TypeOfChange: t.source === 'session' ? 'rule_engine' : 'management_api',
		Amount: t.amount,
		Operation: t.type,
		Reason: t.name,
		TransactionUUID: t.transactionUUID,
		...(t.customerSessionId ? { SessionIntegrationID: t.customerSessionId } : {}),
		...(start ? { StartDate: start } : {}),
		...(expiry ? { ExpiryDate: expiry } : {}),
	};
	const added = t.type === 'addition';
	if ('profileId' in t.owner) {
		sender.emitMessage('addedDeductedPointsNotification', { ...common, NotificationType: added ? 'LoyaltyPointsAdded' : 'LoyaltyPointsDeducted', ProfileIntegrationID: t.owner.profileId });
	} else {
		sender.emitMessage('cardAddedDeductedPointsNotification', { ...common, NotificationType: added ? 'LoyaltyCardPointsAdded' : 'LoyaltyCardPointsDeducted', CardIdentifier: t.owner.cardIdentifier });
	}
}

/** A customer's tier in a program from the main ledger's active points, before and after the new transactions. */
function tierChanged(state: State, programId: number, profileId: string, before: number, sender: NotificationSender, now: number): void {
	const program = state.loyaltyPrograms.get(programId);
	if (!program || !program.tiers.length) return;
	const mine = (list: readonly LoyaltyTransaction[]) =>
		list.filter((t) => t.programId === programId && t.subledgerId === '' && 'profileId' in t.owner && t.owner.profileId === profileId);
	const oldPoints = pointsOf(mine(state.loyaltyTransactions.slice(0, before)), now).activePoints;
	const newPoints = pointsOf(mine(state.loyaltyTransactions), now).activePoints;
	const oldTier = tierFor(program, oldPoints).current;
	const { current, next } = tierFor(program, newPoints);
	if (!current || current.name === oldTier?.name) return;
	const upgrade = current.minPoints > (oldTier?.minPoints ?? Number.NEGATIVE_INFINITY);
	const entry = {
		CustomerProfileID: profileId,
		LoyaltyProgramID: programId,
		SubledgerID: '',
		CurrentTier: current.name,
		CurrentPoints: newPoints,
		...(oldTier ? { OldTier: oldTier.name } : {}),
		TimestampOfTierChange: new Date(now).toISOString(),
		...(upgrade && next ? { NextTier: next.name, PointsRequiredToTheNextTier: next.minPoints - newPoints } : {}),
	};
	sender.emit(upgrade ? 'tierUpgradeNotification' : 'tierDowngradeNotification', entry);
}

function loyaltyChanged(before: Snapshot, state: State, sender: NotificationSender): void {
	if (state.loyaltyTransactions.length <= before.loyaltyTransactions) return;
	const fresh = state.loyaltyTransactions.slice(before.loyaltyTransactions);
	for (const t of fresh) pointsChanged(t, sender);
	const customers = new Set(fresh.flatMap((t) => ('profileId' in t.owner ? [`${t.programId}\u0000${t.owner.profileId}`] : [])));
	const now = Date.now();
	for (const key of customers) {
		const [programId, profileId] = key.split('\u0000');
		tierChanged(state, Number(programId), profileId, before.loyaltyTransactions, sender, now);
	}
}

/** Queues the notifications for what changed since `before`. */
export function notifyChanges(before: Snapshot, state: State, sender: NotificationSender): void {
	couponsCreated(before, state, sender);
	campaignStatesChanged(before, state, sender);
	loyaltyChanged(before, state, sender);
}
