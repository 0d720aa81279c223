import { splitCreatedPerId } from '../batchAnswers';
import { codePattern, validCharacters } from '../codeFields';
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
			displayName: 'Advocate Profile IDs',
			description:
				'Your IDs for the customers who get a code (their Customer Profile IDs), 1 to 1000 per item. Separate several with commas, or use an expression that returns a list.',
			placeholder: 'e.g. customer-42, customer-43',
			itemType: 'string',
			required: true,
			minItems: 1,
			maxItems: 1000,
		},
		referralUsageLimit(true),
		...referralValidity,
		validCharacters('codes'),
		codePattern('referralPattern', 'Referral Code Pattern', 'REF-####'),
	],
	auth: ['apiKey'],
	batch: {
		mode: 'merge',
		key: advocateIds,
		maxEntries: 1000,
		splitResponse: splitCreatedPerId({
			listKey: advocateIds,
			idKey: 'advocateProfileIntegrationId',
			outputKey: 'referrals',
			echoKeys: ['campaignId', advocateIds],
			owner: 'advocate',
			entry: 'referral code',
			checkWhere: 'the referral codes in Talon.One',
		}),
	},
};

