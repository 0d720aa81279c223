import type { FieldGroup, OptionsField, StringField } from '../fields/types';

/** The Filters collection of a read that lists `what` (e.g. "coupons"). */
export const filtersGroup = (what: string): FieldGroup => ({
	name: 'filters',
	displayName: 'Filters',
	placeholder: 'Add Filter',
	description: `Only ${what} that match all of these`,
});

export const dateFilter = (group: FieldGroup, key: string, displayName: string, description: string): StringField => ({
	kind: 'string',
	key,
	displayName,
	description,
	format: 'date-time',
	group,
});

/** Talon.One's "true"/"false" text filters, shown as two plain choices. */
export const trueFalseFilter = (group: FieldGroup, key: string, displayName: string, description: string, yes: string, no: string): OptionsField => ({
	kind: 'options',
	key,
	displayName,
	description,
	options: [
		{ name: yes, value: 'true' },
		{ name: no, value: 'false' },
	],
	default: 'true',
	group,
});

/** Validity, usability, creation dates and order: the filters coupon and referral lists share. */
export function codeListFilters(group: FieldGroup, what: string) {
	return {
		valid: {
			kind: 'options',
			key: 'valid',
			displayName: 'Validity',
			description: `${what} that are expired, valid now, or valid only from a future date`,
			options: [
				{ name: 'Expired', value: 'expired' },
				{ name: 'Valid Now', value: 'validNow' },
				{ name: 'Valid in the Future', value: 'validFuture' },
			],
			default: 'validNow',
			group,
		} satisfies OptionsField,
		usable: trueFalseFilter(group, 'usable', 'Usable', `${what} that can still be used (fewer uses than their limit), or those used up`, 'Can Still Be Used', 'Used Up'),
		createdAfter: dateFilter(group, 'createdAfter', 'Created After', `${what} created after this date and time`),
		createdBefore: dateFilter(group, 'createdBefore', 'Created Before', `${what} created before this date and time`),
		sort: {
			kind: 'string',
			key: 'sort',
			displayName: 'Sort By',
			description: 'A property to sort by, e.g. created; put a minus in front for the reverse order (-created is newest first)',
			group,
		} satisfies StringField,
	};
}
