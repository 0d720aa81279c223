import type {
	AttributeEntity,
	AttributesField,
	BooleanField,
	CostsField,
	Field,
	FieldGroup,
	ListField,
	LocatorField,
	MultiOptionsField,
	NumberField,
	ObjectListField,
	StringField,
} from '../fields/types';
import { LISTS, OPTION_LISTS } from '../methods/listNames';
import type { PathField } from './types';

/** Custom attributes of `entity`, whose Name offers the attributes Talon.One has for it. */
export function attributes(description: string, entity: AttributeEntity, parent?: string): AttributesField {
	return { kind: 'attributes', key: 'attributes', displayName: 'Attributes', description, entity, parent };
}

export function additionalCosts(description: string, parent?: string): CostsField {
	return { kind: 'costs', key: 'additionalCosts', displayName: 'Additional Costs', description, parent };
}

/** Conditions that narrow a list (Get Many): each one added is sent, the others are not. */
export const filters: FieldGroup = {
	name: 'filters',
	displayName: 'Filters',
	placeholder: 'Add Filter',
	description: 'Only list the records that match every filter you add',
};

/**
 * What an update changes (n8n's Update Fields): each field added is changed, everything else stays
 * as it is. For updates that keep the rest of the object (`keepCurrent`).
 */
export const updateFields: FieldGroup = {
	name: 'updateFields',
	displayName: 'Update Fields',
	placeholder: 'Add Field',
	description: 'Add what to change; everything you do not add stays as it is',
};

/** Trying an update without saving it: dry run, the date it is evaluated at, the campaigns evaluated. */
export const previewGroup: FieldGroup = {
	name: 'preview',
	displayName: 'Preview (Dry Run)',
	placeholder: 'Add Preview Setting',
	description:
		'Try it without saving anything: see the discounts, coupons and points it would give. Nothing is stored and no coupon, referral or points are used.',
};

/** `onlyWith`: a field that must be on too, e.g. Run Rule Engine for profile updates (without it Talon.One ignores `dry` and saves). */
export function dryRun(what: string, onlyWith?: string): BooleanField {
	return {
		kind: 'boolean',
		key: 'dry',
		displayName: 'Dry Run',
		description: `Whether to only preview ${what}: Talon.One evaluates your campaigns and returns the effects but saves nothing`,
		default: true,
		group: previewGroup,
		onlyWith,
	};
}

/** The date a dry run is evaluated at (`now`), e.g. to try a campaign scheduled for next week. */
export const evaluateAt: StringField = {
	kind: 'string',
	key: 'now',
	displayName: 'Evaluate At',
	description: 'Preview as if it were this future date and time, e.g. to try a campaign that starts next week',
	format: 'date-time',
	group: previewGroup,
	onlyWith: 'dry',
};

/** How the campaign lists of operations without an Application field fill (`LISTS.reachableCampaigns`). */
const reachableCampaignsHelp = 'The list shows every campaign with a Management API key, otherwise the running ones.';

export const campaignsToEvaluate = (parent?: string): ListField => ({
	kind: 'list',
	key: 'evaluableCampaignIds',
	displayName: 'Evaluate Campaign Names or IDs',
	description: `The campaigns to preview, even disabled ones (to try a campaign before you start it). Leave empty for all running campaigns. ${reachableCampaignsHelp}`,
	itemType: 'integer',
	pickFrom: OPTION_LISTS.reachableCampaigns,
	group: previewGroup,
	onlyWith: 'dry',
	parent,
});

/** Talon.One's `silent`, named by what it leaves out: `what` is e.g. "the created coupons" ("Skip Created Coupons in Output"). */
export function silent(what: string): BooleanField {
	const title = what.replace(/^the /, '').replace(/\b\w/g, (c) => c.toUpperCase());
	return {
		kind: 'boolean',
		key: 'silent',
		displayName: `Skip ${title} in Output`,
		serialize: 'yesNo',
		default: true,
		description: `Whether Talon.One should skip returning ${what}. Turn off to get the created data in the output (slower).`,
	};
}

export const customerSessionId: PathField = {
	kind: 'string',
	key: 'customerSessionId',
	displayName: 'Customer Session ID',
	description:
		'Your ID for the session, usually the cart or order ID from your shop. Sending the same ID again updates that session.',
	required: true,
	placeholder: 'e.g. order-10045',
	minLength: 1,
};

export const profileIntegrationId: PathField = {
	kind: 'string',
	key: 'integrationId',
	displayName: 'Customer Profile ID',
	description: "Your ID for the customer (Talon.One's integration ID), e.g. the customer number or email from your shop",
	required: true,
	placeholder: 'e.g. customer-42',
	minLength: 1,
	maxLength: 1000,
};

export const couponValue: PathField = {
	kind: 'string',
	key: 'couponValue',
	displayName: 'Coupon Code',
	description: 'The coupon code exactly as the customer enters it',
	required: true,
	placeholder: 'e.g. WELCOME10',
	minLength: 1,
};

export const audienceId: PathField & LocatorField = {
	kind: 'locator',
	key: 'audienceId',
	displayName: 'Audience',
	description: 'The audience: pick it from the list (needs a Management API key), or enter its numeric ID (shown in the Campaign Manager under Audiences)',
	required: true,
	list: LISTS.audiences,
	valueType: 'integer',
};

export const applicationId: PathField & LocatorField = {
	kind: 'locator',
	key: 'applicationId',
	displayName: 'Application',
	description: 'The Application (your shop or site in Talon.One): pick it from the list, or enter its numeric ID (shown in the Campaign Manager next to its name)',
	required: true,
	list: LISTS.applications,
	valueType: 'integer',
};

export const campaignId: PathField & LocatorField = {
	kind: 'locator',
	key: 'campaignId',
	displayName: 'Campaign',
	description: "The campaign: pick it from the chosen Application's campaigns, or enter its numeric ID (in the campaign's address in the Campaign Manager)",
	required: true,
	list: LISTS.campaigns,
	valueType: 'integer',
};

/**
 * A campaign where the operation has no Application field (e.g. Referral → Create): picked from the
 * campaigns the credential reaches, or its numeric ID typed.
 */
export function reachableCampaign(what: string): LocatorField {
	return {
		kind: 'locator',
		key: 'campaignId',
		displayName: 'Campaign',
		description: `${what}: pick it from the list, or enter its numeric ID (in the campaign's address in the Campaign Manager). ${reachableCampaignsHelp}`,
		required: true,
		list: LISTS.reachableCampaigns,
		valueType: 'integer',
	};
}

/** Several campaigns where the operation has no Application field (`itemType` as Talon.One takes the IDs). */
export function reachableCampaignList(description: string, itemType: 'integer' | 'string', group: FieldGroup): ListField {
	return {
		kind: 'list',
		key: 'campaignIds',
		displayName: 'Campaign Names or IDs',
		description: `${description} ${reachableCampaignsHelp}`,
		itemType,
		commaSeparated: true,
		pickFrom: OPTION_LISTS.reachableCampaigns,
		group,
	};
}

export const sessionProfileId: StringField = {
	kind: 'string',
	key: 'profileId',
	displayName: 'Customer Profile ID',
	description: 'Your ID for the customer who owns this session. Leave empty for an anonymous session.',
	parent: 'customerSession',
};

export const sessionIdentifiers = (parent?: string): ListField => ({
	kind: 'list',
	key: 'identifiers',
	displayName: 'Identifiers',
	description:
		'Up to 5 identifiers of the device or customer (e.g. a device ID or hashed email) that Talon.One uses to limit how often promotions are used. Separate several with commas.',
	itemType: 'string',
	maxItems: 5,
	parent,
});

const number = (key: string, displayName: string, description: string, integer = false): NumberField => ({
	kind: 'number',
	key,
	displayName,
	description,
	integer,
});

const cartItemFields: readonly Field[] = [
	{ kind: 'string', key: 'name', displayName: 'Name', description: 'Product name', required: true, minLength: 1 },
	{ kind: 'string', key: 'sku', displayName: 'SKU', description: 'Stock keeping unit (product code)', required: true, minLength: 1 },
	{
		kind: 'number',
		key: 'quantity',
		displayName: 'Quantity',
		description: 'How many units are in the cart (a whole number, at least 1)',
		required: true,
		integer: true,
		minimum: 1,
		default: 1,
	},
	{ kind: 'number', key: 'price', displayName: 'Price', description: 'Price of one unit', required: true },
	{ kind: 'string', key: 'category', displayName: 'Category', description: 'Product category, used by rules such as "10% off shoes"' },
	number('returnedQuantity', 'Returned Quantity', 'How many units were returned', true),
	number('remainingQuantity', 'Remaining Quantity', 'How many units remain after returns', true),
	number('weight', 'Weight', 'Weight of one unit'),
	number('height', 'Height', 'Height of one unit'),
	number('width', 'Width', 'Width of one unit'),
	number('length', 'Length', 'Length of one unit'),
	number('position', 'Position', 'Position of the item in the cart, for rules that depend on order'),
	attributes('Custom cart item attributes defined in Talon.One', 'CartItem'),
	additionalCosts('Costs for this item only, e.g. a gift wrapping fee'),
];

export const cartItems = (parent?: string): ObjectListField => ({
	kind: 'objectList',
	key: 'cartItems',
	displayName: 'Cart Items',
	description: 'The products in the cart',
	itemLabel: 'cart item',
	fields: cartItemFields,
	optionalGroupName: 'Weight, Size, Category and More',
	parent,
});

export const sessionState = (states: readonly string[], parent?: string): Field => ({
	kind: 'options',
	key: 'state',
	displayName: 'State',
	description:
		'Open while the customer shops; Closed when the order is placed (this confirms coupon and points use); Cancelled to undo a closed session',
	options: states.map((s) => ({ name: titleCase(s), value: s })),
	default: 'open',
	parent,
});

function titleCase(value: string): string {
	return value
		.split('_')
		.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
		.join(' ');
}

const responseContentNames: Record<string, string> = {
	advancedEvent: 'Unique Event',
	awardedGiveaways: 'Awarded Giveaways',
	campaignEligibility: 'Campaign Eligibility',
	coupons: 'Coupons',
	customerProfile: 'Customer Profile',
	customerSession: 'Customer Session',
	event: 'Event',
	loyalty: 'Loyalty',
	previousReturns: 'Previous Returns',
	referral: 'Referral',
	ruleFailureReasons: 'Rule Failure Reasons',
	triggeredCampaigns: 'Triggered Campaigns',
};

/** The `responseContent` multi-select with the values the operation's schema allows. */
export function responseContent(description: string, values: readonly string[]): MultiOptionsField {
	return {
		kind: 'multiOptions',
		key: 'responseContent',
		displayName: 'Response Content',
		description,
		options: values.map((value) => ({ name: responseContentNames[value], value })).sort((a, b) => a.name.localeCompare(b.name)),
	};
}
