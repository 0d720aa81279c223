import type { Field, NumberField, StringField } from '../../fields/types';
import { codeListFilters, dateFilter, filtersGroup, trueFalseFilter } from '../listFilters';
import type { PathField, QueryField } from '../types';
import { needsManagementKey } from '../managementFields';
import { attributes } from '../sharedFields';

export const managementKeyNote = needsManagementKey('coupons');

export const couponId: PathField = {
	kind: 'string',
	key: 'couponId',
	displayName: 'Coupon ID',
	description: "Talon.One's numeric ID of the coupon (the ID in the output of Create or Get Many), not the code",
	required: true,
	placeholder: 'e.g. 4127',
	minLength: 1,
};

export const usageLimit = (required: boolean): NumberField => ({
	kind: 'number',
	key: 'usageLimit',
	displayName: 'Usage Limit',
	description: 'How many times each coupon can be used; 0 means no limit',
	required,
	integer: true,
	minimum: 0,
	maximum: 999999,
	default: required ? 1 : undefined,
});

/** Limits, validity and attributes every coupon write shares (create, create for many, update). */
export const couponSettings: readonly Field[] = [
	{
		kind: 'number',
		key: 'discountLimit',
		displayName: 'Discount Limit',
		description: 'The total discount each coupon can give over all its uses, e.g. 50 for at most 50 off; 0 means no limit',
		minimum: 0,
		maximum: 1000000000000000,
	},
	{
		kind: 'number',
		key: 'reservationLimit',
		displayName: 'Reservation Limit',
		description: 'How many customers can reserve each coupon; 0 means no limit',
		integer: true,
		minimum: 0,
		maximum: 999999,
	},
	{ kind: 'string', key: 'startDate', displayName: 'Start Date', description: 'When the coupon becomes valid', format: 'date-time' },
	{ kind: 'string', key: 'expiryDate', displayName: 'Expiry Date', description: 'When the coupon stops being valid', format: 'date-time' },
	attributes('Custom coupon attributes defined in Talon.One', 'Coupon'),
];

export const recipient: StringField = {
	kind: 'string',
	key: 'recipientIntegrationId',
	displayName: 'Recipient Profile ID',
	description: 'Your ID for the only customer who may use the coupon (their Customer Profile ID). Leave empty for a coupon anyone can use.',
	maxLength: 1000,
};

/** Who may use a coupon and whose coupon list shows it. */
export const reservationSettings: readonly Field[] = [
	{
		kind: 'boolean',
		key: 'isReservationMandatory',
		displayName: 'Reservation Required',
		description: 'Whether only customers who reserved the coupon can use it',
		default: true,
	},
	{
		kind: 'boolean',
		key: 'implicitlyReserved',
		displayName: 'Reserved for Everyone',
		description: "Whether the coupon shows as reserved in every customer's coupon list",
		default: true,
	},
];

const filters = filtersGroup('coupons');
const shared = codeListFilters(filters, 'Coupons');

/** The filters Get Many and Search share; `more` are those only Get Many has. */
export function couponFilters(more: readonly QueryField[] = []): QueryField[] {
	return [
		{
			kind: 'string',
			key: 'value',
			displayName: 'Code',
			description: 'Coupons whose code contains this text (upper and lower case, dashes and spaces are ignored)',
			group: filters,
		},
		{
			kind: 'boolean',
			key: 'exactMatch',
			displayName: 'Exact Code Match',
			description: 'Whether the code must match exactly (upper and lower case ignored) instead of containing the text',
			default: true,
			group: filters,
		},
		{ kind: 'string', key: 'recipientIntegrationId', displayName: 'Recipient Profile ID', description: 'Coupons made for this customer (your ID for them, their Customer Profile ID)', group: filters },
		shared.valid,
		shared.usable,
		shared.createdAfter,
		shared.createdBefore,
		{ kind: 'string', key: 'batchId', displayName: 'Batch ID', description: 'Coupons created in this batch (the batchId of a coupon)', group: filters },
		{ kind: 'number', key: 'referralId', displayName: 'Referral ID', description: 'Coupons given for redeeming this referral (its numeric ID)', integer: true, minimum: 1, group: filters },
		shared.sort,
		...more,
	];
}

export const moreCouponFilters: readonly QueryField[] = [
	trueFalseFilter(filters, 'redeemed', 'Redeemed', 'Coupons used at least once, or never used (not together with Usable)', 'Used at Least Once', 'Never Used'),
	dateFilter(filters, 'expiresAfter', 'Expires After', 'Coupons that expire after this date and time'),
	dateFilter(filters, 'expiresBefore', 'Expires Before', 'Coupons that expire before this date and time'),
	dateFilter(filters, 'startsAfter', 'Starts After', 'Coupons that become valid after this date and time'),
	dateFilter(filters, 'startsBefore', 'Starts Before', 'Coupons that become valid before this date and time'),
];
