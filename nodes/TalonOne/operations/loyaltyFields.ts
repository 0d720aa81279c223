import type { BooleanField, FieldGroup, ListField, LocatorField, NumberField, OptionsField, StringField } from '../fields/types';
import { LISTS } from '../methods/listNames';
import { applicationId } from './sharedFields';
import type { PathField } from './types';

const programHelp =
	"The loyalty program: pick it from the list (needs a Management API key), or enter its numeric ID (shown in the Campaign Manager under Loyalty next to the program's name)";

export const loyaltyProgramId: PathField & LocatorField = {
	kind: 'locator',
	key: 'loyaltyProgramId',
	displayName: 'Loyalty Program',
	description: programHelp,
	required: true,
	list: LISTS.loyaltyPrograms,
	valueType: 'integer',
};

/** The same field where Talon.One's path takes the ID as text (adding and deducting a customer's points). */
export const loyaltyProgramIdText: PathField & LocatorField = { ...loyaltyProgramId, valueType: 'string' };

export const loyaltyCardId: PathField = {
	kind: 'string',
	key: 'loyaltyCardId',
	displayName: 'Loyalty Card ID',
	description: 'The identifier of the loyalty card, as printed on the card or stored in your shop (4 to 108 characters)',
	required: true,
	placeholder: 'e.g. CARD-0001',
	minLength: 4,
	maxLength: 108,
};

export const filtersGroup: FieldGroup = {
	name: 'filters',
	displayName: 'Filters',
	placeholder: 'Add Filter',
	description: 'Return only the records that match',
};

const subledgerHelp =
	'A subledger is a separate points balance inside the program (e.g. for a partner brand or a product line). Leave empty for the main balance.';

export const subledgerQuery = (description: string, group?: FieldGroup): StringField => ({
	kind: 'string',
	key: 'subledgerId',
	displayName: 'Subledger ID',
	description: `${description} ${subledgerHelp}`,
	group,
});

/** Several subledgers at once, where Talon.One takes a list (sent as the parameter repeated per subledger). */
export const subledgersQuery = (description: string, group?: FieldGroup): ListField => ({
	kind: 'list',
	key: 'subledgerId',
	displayName: 'Subledger IDs',
	description: `${description} A subledger is a separate points balance inside the program (e.g. for a partner brand or a product line).`,
	placeholder: 'e.g. partner-cafe, partner-cinema',
	itemType: 'string',
	group,
});

/** Only the points or transactions of some orders or some transactions; `onlyThese` says what the UUIDs keep. */
export const sessionAndTransactionFilters = (what: string, onlyThese: string): readonly ListField[] => [
	{
		kind: 'list',
		key: 'customerSessionIDs',
		displayName: 'Customer Session IDs',
		description: `Only ${what} from these customer sessions (your order or cart IDs)`,
		placeholder: 'e.g. order-1001, order-1002',
		itemType: 'string',
		group: filtersGroup,
	},
	{
		kind: 'list',
		key: 'transactionUUIDs',
		displayName: 'Transaction UUIDs',
		description: `${onlyThese}, by their transactionUUID (as Get Transactions outputs it)`,
		placeholder: 'e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6',
		itemType: 'string',
		group: filtersGroup,
	},
];

/** The filters of a customer's or a card's point list (Get Points). */
export const pointsFilters: readonly ListField[] = [subledgersQuery('Only points in these subledgers.', filtersGroup), ...sessionAndTransactionFilters('points', 'Only the points added by these transactions')];

export const balanceAt: StringField = {
	kind: 'string',
	key: 'endDate',
	displayName: 'Balance At',
	description: 'Show the balance as it will be at this date and time (points that expire before it count as expired). Leave empty for now.',
	format: 'date-time',
};

export const pointsStatus: OptionsField = {
	kind: 'options',
	key: 'status',
	displayName: 'Status',
	description: 'Which points to list: Active can be spent now, Pending are not active yet, Expired can no longer be used',
	options: [
		{ name: 'Active', value: 'active' },
		{ name: 'Pending', value: 'pending' },
		{ name: 'Expired', value: 'expired' },
	],
	default: 'active',
};

export const pointsSort: OptionsField = {
	kind: 'options',
	key: 'sort',
	displayName: 'Sort By',
	description: 'Order of the points: by the date they became active or by the date they expire',
	options: [
		{ name: 'Start Date', value: 'startDate' },
		{ name: 'Expiry Date', value: 'expiryDate' },
	],
	group: filtersGroup,
};

/** Filters shared by a customer's and a card's transaction history. */
export const transactionFilters: ReadonlyArray<StringField | OptionsField | BooleanField> = [
	{
		kind: 'options',
		key: 'loyaltyTransactionType',
		displayName: 'Source',
		description: 'Only transactions made by hand (Management API or Campaign Manager), by a customer session, or by an import',
		options: [
			{ name: 'Manual', value: 'manual' },
			{ name: 'Session', value: 'session' },
			{ name: 'Import', value: 'import' },
		],
		group: filtersGroup,
	},
	{
		kind: 'string',
		key: 'startDate',
		displayName: 'From',
		description: 'Only transactions made at or after this date and time',
		format: 'date-time',
		group: filtersGroup,
	},
	{
		kind: 'string',
		key: 'endDate',
		displayName: 'To',
		description: 'Only transactions made at or before this date and time',
		format: 'date-time',
		group: filtersGroup,
	},
	{
		kind: 'boolean',
		key: 'awaitsActivation',
		displayName: 'Only Awaiting Activation',
		description: 'Whether to list only pending points that wait to be activated (e.g. with Activate Points)',
		default: true,
		group: filtersGroup,
	},
];

export const points: NumberField = {
	kind: 'number',
	key: 'points',
	displayName: 'Points',
	description: 'How many points (more than 0, at most two decimals)',
	required: true,
	minimum: 0.01,
	maximum: 999999999999.99,
	default: 1,
};

export const reason = (example: string): StringField => ({
	kind: 'string',
	key: 'name',
	displayName: 'Reason',
	description: `Why the points change, shown in the customer's transaction history, e.g. ${example}`,
	placeholder: `e.g. ${example}`,
});

export const subledgerBody: StringField = {
	kind: 'string',
	key: 'subledgerId',
	displayName: 'Subledger ID',
	description: `The subledger whose balance changes; Talon.One creates it if it does not exist yet. ${subledgerHelp}`,
};

/** Optional in the body: which of the program's Applications the change is recorded for. */
export const applicationIdBody: LocatorField = {
	...applicationId,
	required: false,
	description:
		"The Application the change is recorded for, one connected to this loyalty program: pick it from the list, or enter its numeric ID. Leave empty when it doesn't matter.",
};

const durationHelp = 'a whole number and a unit: s (seconds), m (minutes), h (hours), D (days), W (weeks), M (months), Y (years)';

/** When added points expire and when they become usable. */
export const pointsTiming: readonly StringField[] = [
	{
		kind: 'string',
		key: 'validityDuration',
		displayName: 'Valid For',
		description: `How long the points can be used: unlimited, or ${durationHelp}, e.g. 12M. Leave empty for the program's default. Use either this or Valid Until.`,
		placeholder: 'e.g. 12M',
	},
	{
		kind: 'string',
		key: 'validUntil',
		displayName: 'Valid Until',
		description: 'The date and time the points expire. Use either this or Valid For.',
		format: 'date-time',
	},
	{
		kind: 'string',
		key: 'pendingDuration',
		displayName: 'Pending For',
		description: `How long the points stay pending before they can be used: immediate, on_action (until Activate Points), or ${durationHelp}, e.g. 14D to wait until the return period ends. Leave empty for the program's default. Use either this or Pending Until.`,
		placeholder: 'e.g. 14D',
	},
	{
		kind: 'string',
		key: 'pendingUntil',
		displayName: 'Pending Until',
		description: 'The date and time the points become usable. Use either this or Pending For.',
		format: 'date-time',
	},
];

/** Said in the description of every operation that only the Management API offers. */
export const managementKeyNeeded = 'Needs a Management API key in the credential.';
