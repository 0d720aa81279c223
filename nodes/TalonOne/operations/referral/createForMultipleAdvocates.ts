import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../types';
import { silent } from '../sharedFields';
import { referralCampaignId, referralUsageLimit, referralValidity } from './shared';

const advocateIds = 'advocateProfileIntegrationIds';

export const createReferralsForMultipleAdvocates: OperationDefinition = {
	operationId: 'createReferralsForMultipleAdvocates',
	resource: 'referral',
	operation: 'createForMultipleAdvocates',
	displayName: 'Create for Multiple Advocates',
	action: 'Create referral codes for many advocates',
	description:
		'Creates one referral code per advocate. Items with the same campaign and settings are combined into requests of up to 1000 advocates.',
	method: 'POST',
	path: '/v1/referrals_for_multiple_advocates',
	queryFields: [{ ...silent('the created referral codes'), default: false }],
	bodyFields: [
		referralCampaignId,
		{
			kind: 'list',
			key: advocateIds,
			displayName: 'Advocate Customer Profile IDs',
			description:
				'Your IDs for the customers who get a code (1 to 1000 per item). Separate several with commas, or use an expression that returns a list.',
			itemType: 'string',
			required: true,
			minItems: 1,
			maxItems: 1000,
		},
		referralUsageLimit(true),
		...referralValidity,
		{
			kind: 'list',
			key: 'validCharacters',
			displayName: 'Valid Characters',
			description: 'Characters the generated codes may use, e.g. A,B,C,1,2,3. Leave empty for letters and digits.',
			itemType: 'string',
		},
		{
			kind: 'string',
			key: 'referralPattern',
			displayName: 'Referral Code Pattern',
			description: 'Pattern for the generated codes, where # stands for a random character, e.g. REF-####',
			minLength: 3,
			maxLength: 100,
		},
	],
	auth: ['apiKey'],
	batch: {
		mode: 'merge',
		key: advocateIds,
		maxEntries: 1000,
		splitResponse: (response, units) => {
			const referrals = (response as { data?: IDataObject[] } | undefined)?.data;
			return units.map((unit) => {
				const ids = unit[advocateIds] as string[];
				if (!referrals) return { success: true, campaignId: unit.campaignId, [advocateIds]: ids };
				const wanted = new Set(ids);
				return {
					referrals: referrals.filter((r) => wanted.has(r.advocateProfileIntegrationId as string)),
				};
			});
		},
	},
};

