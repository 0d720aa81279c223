import type { Field, NumberField } from '../../fields/types';
import { attributes, reachableCampaign } from '../sharedFields';

export const referralCampaignId = reachableCampaign('The referral campaign');

export const referralUsageLimit = (required: boolean): NumberField => ({
	kind: 'number',
	key: 'usageLimit',
	displayName: 'Usage Limit',
	description: 'How many times each referral code can be used; 0 means no limit',
	required,
	integer: true,
	minimum: 0,
	maximum: 999999,
});

export const referralValidity: readonly Field[] = [
	{
		kind: 'string',
		key: 'startDate',
		displayName: 'Start Date',
		description: 'When the referral code becomes valid',
		format: 'date-time',
	},
	{
		kind: 'string',
		key: 'expiryDate',
		displayName: 'Expiry Date',
		description: 'When the referral code stops being valid',
		format: 'date-time',
	},
	attributes('Custom referral attributes defined in Talon.One', 'Referral'),
];
