import type { AttributeEntity } from '../fields/types';

/** The node's searchable lists (n8n `listSearch` methods), by what they offer. */
export const LISTS = {
	applications: 'searchApplications',
	campaigns: 'searchCampaigns',
	/** For operations without an Application field: the campaigns the credential reaches (see `sources.reachableCampaigns`). */
	reachableCampaigns: 'searchReachableCampaigns',
	loyaltyPrograms: 'searchLoyaltyPrograms',
	audiences: 'searchAudiences',
	eventTypes: 'searchEventTypes',
} as const;

/**
 * The node's multi-selects (n8n `loadOptions` methods) for fields that take several IDs: every entry
 * of a list at once, names shown and IDs sent.
 */
export const OPTION_LISTS = {
	audiences: 'audienceOptions',
	reachableCampaigns: 'reachableCampaignOptions',
} as const;

/** Entities whose custom attributes the attribute rows offer, each with a list of its own. */
export const ATTRIBUTE_ENTITIES: readonly AttributeEntity[] = [
	'Application',
	'Campaign',
	'CartItem',
	'Coupon',
	'CustomerProfile',
	'CustomerSession',
	'Event',
	'LoyaltyCard',
	'Referral',
];

/** The list of an entity's custom attributes (all custom attributes when the entity is not known). */
export function attributeList(entity?: AttributeEntity): string {
	return `searchAttributes${entity ?? ''}`;
}

/** Event types and attributes are entered by their name, everything else by its numeric ID. */
export function typedBy(list: string): 'id' | 'name' {
	return list === LISTS.eventTypes || list.startsWith(attributeList()) ? 'name' : 'id';
}

/** The label of the typed mode beside From List, as the field shows it and a list that cannot load names it. */
export const TYPED_MODE_LABEL = { id: 'By ID', name: 'By Name' } as const;
