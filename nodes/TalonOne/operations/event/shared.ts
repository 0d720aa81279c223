import type { Field, ListField, LocatorField, MultiOptionsField, StringField } from '../../fields/types';
import { LISTS } from '../../methods/listNames';
import type { QueryField } from '../types';
import { attributes, campaignsToEvaluate, dryRun, previewGroup, responseContent } from '../sharedFields';

export const eventType: LocatorField = {
	kind: 'locator',
	key: 'type',
	displayName: 'Event Type',
	description: 'The custom event as defined in Talon.One: pick it from the list (needs a Management API key), or type its name, e.g. newsletter_signup',
	required: true,
	list: LISTS.eventTypes,
	valueType: 'string',
};

export const eventProfileId: StringField = {
	kind: 'string',
	key: 'profileId',
	displayName: 'Customer Profile ID',
	description: 'Your ID for the customer. Talon.One creates the profile if it does not exist yet; for a guest, use a guest ID.',
	required: true,
	placeholder: 'e.g. customer-42',
	minLength: 1,
};

const storeIntegrationId: StringField = {
	kind: 'string',
	key: 'storeIntegrationId',
	displayName: 'Store ID',
	description: 'Your ID for the store where the event happened, as set up in Talon.One',
	minLength: 1,
	maxLength: 1000,
};

const loyaltyCard: ListField = {
	kind: 'list',
	key: 'loyaltyCards',
	displayName: 'Loyalty Card',
	description: 'The identifier of the loyalty card used with this event (at most one)',
	itemType: 'string',
	maxItems: 1,
};

/**
 * Track (V2) keeps the profile under Additional Fields, where the V1 version had it, so saved workflows
 * keep their value; Talon.One's schema leaves it optional there (its guide asks for it).
 */
export const optionalEventProfileId: StringField = {
	...eventProfileId,
	required: false,
	description: 'Your ID for the customer; Talon.One creates the profile if it does not exist yet. Talon.One asks for it on every event: for a guest, use a guest ID.',
};

/** Fields V2 and V3 events share after type and profile: store, attributes, loyalty card, preview campaigns. */
export const commonEventFields: readonly Field[] = [
	storeIntegrationId,
	{ ...attributes("The event's attributes as defined for this event type in Talon.One", 'Event'), defaultEmpty: true },
	loyaltyCard,
	campaignsToEvaluate(),
];

export const eventResponseContent = (values: readonly string[]): MultiOptionsField =>
	responseContent('Extra data to include in the output besides the effects', values);

/**
 * `silent` defaults to "yes" at Talon.One, which answers without the effects; the node asks for them.
 * Force Complete Evaluation only works in a dry run.
 */
export const eventQueryFields: readonly QueryField[] = [
	{
		kind: 'boolean',
		key: 'silent',
		displayName: 'Skip Effects in Output',
		serialize: 'yesNo',
		default: false,
		description: 'Whether Talon.One should answer without the effects and data (faster). Leave off to see the discounts and points the event gives.',
	},
	dryRun('the event'),
	{
		kind: 'boolean',
		key: 'forceCompleteEvaluation',
		displayName: 'Evaluate All Campaigns',
		description: "Whether the preview evaluates every matching campaign, whatever the Application's campaign evaluation mode",
		group: previewGroup,
		onlyWith: 'dry',
	},
];
