import type { IDataObject } from 'n8n-workflow';
import { EntriesById, quotedList, Unaccounted } from '../batchAnswers';
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
		// Each code goes to the item that asked for its advocate; the answer's order is not relied on.
		splitResponse: (response, units) => {
			const referrals = (response as { data?: unknown } | undefined)?.data;
			if (!Array.isArray(referrals)) {
				return units.map((unit) => ({ success: true, campaignId: unit.campaignId, [advocateIds]: unit[advocateIds] }));
			}
			const byAdvocate = new EntriesById(referrals as IDataObject[], (referral) => referral.advocateProfileIntegrationId);
			return units.map((unit) => {
				const found: IDataObject[] = [];
				const missing: string[] = [];
				for (const id of unit[advocateIds] as string[]) {
					const referral = byAdvocate.take(id);
					if (referral) found.push(referral);
					else missing.push(id);
				}
				if (missing.length === 0) return { referrals: found };
				return new Unaccounted(
					`Talon.One returned no referral code for ${quotedList('advocate', missing)}`,
					`Talon.One accepted the request, but its answer has no code for ${missing.length > 1 ? 'these advocates' : 'this advocate'}. Check the referral codes in Talon.One before running the item again.`,
					found.length ? { referrals: found } : undefined,
				);
			});
		},
	},
};

