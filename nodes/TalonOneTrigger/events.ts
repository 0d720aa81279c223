/**
 * The notifications Talon.One sends, named as in the Campaign Manager, and how each one's payload is
 * recognised: by its `NotificationType`, and for campaign notifications by each entry's `Event`.
 * `operationId` names the notification in Talon.One's notification schemas (test/fixtures/notifications.json).
 */

/** Where the entries of a batched notification sit; `null`: the message is one change. */
export type EntriesKey = 'Data' | 'data' | 'changedItems' | null;

export interface TriggerEvent {
	value: string;
	name: string;
	description: string;
	operationId: string;
	/** The `NotificationType` values of this notification. */
	notificationTypes: string[];
	entries: EntriesKey;
	/** Campaign notifications share a `NotificationType`; each entry's `Event` tells them apart. */
	campaignEvent?: string;
}

const CAMPAIGN_TYPES = ['CampaignNotification'];

function campaign(value: string, name: string, description: string, campaignEvent: string): TriggerEvent {
	return { value, name, description, operationId: `${value}Notification`, notificationTypes: CAMPAIGN_TYPES, entries: 'Data', campaignEvent };
}

/** Also recognised by its `changedItems` when a delivery has no `NotificationType`. */
export const STRIKETHROUGH: TriggerEvent = {
	value: 'strikethroughPricingUpdated',
	name: 'Strikethrough Pricing Updated',
	description: 'Strikethrough prices of catalog items changed (one item per changed catalog item)',
	operationId: 'strikethroughLabelingNotification',
	notificationTypes: ['StrikethroughPrice'],
	entries: 'changedItems',
};

export const TRIGGER_EVENTS: readonly TriggerEvent[] = [
	campaign('campaignCreated', 'Campaign Created', 'Someone created a campaign', 'campaign_created'),
	campaign('campaignStateChanged', 'Campaign State Changed', 'A campaign was switched on, off or archived', 'campaign_state_changed'),
	campaign('campaignRulesetChanged', 'Campaign Rules Changed', "A campaign's rules changed", 'campaign_ruleset_changed'),
	campaign('campaignEdited', 'Campaign Edited', "A campaign's settings were edited", 'campaign_edited'),
	campaign('campaignCollectionEdited', 'Campaign Collection Edited', 'A collection used by a campaign was edited', 'campaign_collection_edited'),
	campaign('campaignDeleted', 'Campaign Deleted', 'A campaign was deleted', 'campaign_deleted'),
	{
		...campaign('campaignEvaluationTreeChanged', 'Campaign Evaluation Tree Changed', 'The order or grouping in which campaigns are evaluated changed', 'campaign_evaluation_tree_changed'),
		notificationTypes: [...CAMPAIGN_TYPES, 'CampaignEvaluationTreeChanged'],
	},
	STRIKETHROUGH,
	{ value: 'couponCreated', name: 'Coupon Created', description: 'Coupons were created (one item per coupon)', operationId: 'createCouponData', notificationTypes: ['CouponCreated'], entries: 'data' },
	{
		value: 'couponUpdatedOrDeleted',
		name: 'Coupon Updated or Deleted',
		description: 'Coupons were updated or deleted one by one (one item per coupon)',
		operationId: 'couponsData',
		notificationTypes: ['CouponUpdated', 'CouponDeleted'],
		entries: 'data',
	},
	{ value: 'couponsCreatedAsync', name: 'Coupons Created Asynchronously', description: 'A batch of coupons finished creating', operationId: 'asyncCouponsData', notificationTypes: ['AsyncCouponsCreated'], entries: null },
	{ value: 'couponsUpdated', name: 'Coupons Updated', description: 'A batch of coupons was updated', operationId: 'updateCouponsData', notificationTypes: ['CouponsUpdated'], entries: null },
	{ value: 'couponsDeleted', name: 'Coupons Deleted', description: 'A batch of coupons was deleted', operationId: 'deleteCouponsData', notificationTypes: ['CouponsDeleted'], entries: null },
	{ value: 'expiringCoupons', name: 'Expiring Coupons', description: 'Coupons are about to expire (one item per coupon)', operationId: 'expiringCouponsNotification', notificationTypes: ['CouponCodeExpiring'], entries: 'Data' },
	{ value: 'expiringPoints', name: 'Expiring Points', description: "Customers' loyalty points are about to expire (one item per customer)", operationId: 'expiringPointsNotification', notificationTypes: ['LoyaltyPointsExpiring'], entries: 'Data' },
	{
		value: 'expiringCardPoints',
		name: 'Expiring Card Points',
		description: 'Points on loyalty cards are about to expire (one item per card)',
		operationId: 'expiringCardPointsNotification',
		notificationTypes: ['LoyaltyCardPointsExpiring'],
		entries: 'Data',
	},
	{
		value: 'addedDeductedPoints',
		name: 'Added or Deducted Points',
		description: "Points were added to or deducted from a customer's loyalty balance",
		operationId: 'addedDeductedPointsNotification',
		notificationTypes: ['LoyaltyPointsAdded', 'LoyaltyPointsDeducted'],
		entries: null,
	},
	{
		value: 'addedDeductedPointsBalances',
		name: 'Added or Deducted Points with Current Balance',
		description: "Points were added or deducted; includes the customer's balance afterwards",
		operationId: 'addedDeductedPointsBalancesNotification',
		notificationTypes: ['LoyaltyAddedDeductedPointsBalances'],
		entries: null,
	},
	{
		value: 'addedDeductedCardPoints',
		name: 'Added or Deducted Card Points',
		description: 'Points were added to or deducted from a loyalty card',
		operationId: 'cardAddedDeductedPointsNotification',
		notificationTypes: ['LoyaltyCardPointsAdded', 'LoyaltyCardPointsDeducted'],
		entries: null,
	},
	{
		value: 'addedDeductedCardPointsBalances',
		name: 'Added or Deducted Card Points with Current Balance',
		description: "Points were added to or deducted from a loyalty card; includes the card's balance afterwards",
		operationId: 'cardAddedDeductedPointsBalancesNotification',
		notificationTypes: ['LoyaltyCardAddedDeductedPointsBalances'],
		entries: null,
	},
	{
		value: 'pendingPoints',
		name: 'Pending Points',
		description: 'Pending loyalty points became active (one item per customer)',
		operationId: 'pendingActivePointsNotification',
		notificationTypes: ['LoyaltyPointsPendingToActive'],
		entries: 'Data',
	},
	{ value: 'tierUpgrade', name: 'Tier Upgrade', description: 'Customers moved up to a higher tier (one item per customer)', operationId: 'tierUpgradeNotification', notificationTypes: ['TierUpgrade'], entries: 'Data' },
	{ value: 'tierDowngrade', name: 'Tier Downgrade', description: 'Customers moved down to a lower tier (one item per customer)', operationId: 'tierDowngradeNotification', notificationTypes: ['TierDowngrade'], entries: 'Data' },
	{
		value: 'tierWillDowngrade',
		name: 'Upcoming Tier Downgrade',
		description: 'Customers will soon move down a tier unless they earn more points (one item per customer)',
		operationId: 'tierWillDowngradeNotification',
		notificationTypes: ['TierWillDowngrade'],
		entries: 'Data',
	},
];

/** Any payload that is not one of Talon.One's notifications: a rule's "Call webhook" effect sends what the rule says. */
export const RULE_WEBHOOK: TriggerEvent = {
	value: 'ruleWebhook',
	name: 'Rule Webhook (Custom Payload)',
	description: "A campaign rule's Call Webhook effect sent its own payload (anything that is not one of the notifications above)",
	operationId: '',
	notificationTypes: [],
	entries: null,
};

export const ALL_EVENTS: readonly TriggerEvent[] = [...TRIGGER_EVENTS, RULE_WEBHOOK];

const byNotificationType = new Map<string, TriggerEvent>();
const byCampaignEvent = new Map<string, TriggerEvent>();
for (const event of TRIGGER_EVENTS) {
	if (event.campaignEvent) byCampaignEvent.set(event.campaignEvent, event);
	else for (const type of event.notificationTypes) byNotificationType.set(type, event);
}

export const isCampaignNotificationType = (type: unknown): boolean =>
	typeof type === 'string' && TRIGGER_EVENTS.some((e) => e.campaignEvent && e.notificationTypes.includes(type));

export const eventForNotificationType = (type: unknown): TriggerEvent | undefined =>
	typeof type === 'string' ? byNotificationType.get(type) : undefined;

/**
 * The event of one campaign notification entry: by its `Event` (`event` for evaluation-tree
 * changes); if Talon.One sends an event name we do not know, by the fields only that event has.
 */
export function campaignEntryEvent(entry: Record<string, unknown>): TriggerEvent {
	const named = byCampaignEvent.get(String(entry.Event ?? entry.event ?? ''));
	if (named) return named;
	const shape: Array<[string, string]> = [
		['evaluationTree', 'campaign_evaluation_tree_changed'],
		['collection', 'campaign_collection_edited'],
		['deletedAt', 'campaign_deleted'],
		['newState', 'campaign_state_changed'],
		['oldRuleset', 'campaign_ruleset_changed'],
		['oldCampaign', 'campaign_edited'],
	];
	const match = shape.find(([field]) => field in entry);
	return byCampaignEvent.get(match ? match[1] : 'campaign_created')!;
}
