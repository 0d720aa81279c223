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

/** Event types and attributes are entered by their name, everything else by its numeric ID. */
export function typedBy(list: string): 'id' | 'name' {
	return list === LISTS.eventTypes || list.startsWith(attributeList()) ? 'name' : 'id';
}

/** The label of the typed mode beside From List, as the field shows it and a list that cannot load names it. */
export const TYPED_MODE_LABEL = { id: 'By ID', name: 'By Name' } as const;
