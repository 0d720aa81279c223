import type { AttributeEntity } from '../fields/types';

/** The node's searchable lists (n8n `listSearch` methods), by what they offer. */
export const LISTS = {
	applications: 'searchApplications',
	campaigns: 'searchCampaigns',
	loyaltyPrograms: 'searchLoyaltyPrograms',
	audiences: 'searchAudiences',
	eventTypes: 'searchEventTypes',
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
