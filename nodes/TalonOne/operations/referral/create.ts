import type { OperationDefinition } from '../types';
import { referralCampaignId, referralUsageLimit, referralValidity } from './shared';

export const createReferral: OperationDefinition = {
	operationId: 'createReferral',
	resource: 'referral',
	operation: 'create',
	displayName: 'Create',
	action: 'Create a referral code for an advocate',
	description: 'Creates a referral code that an advocate (an existing customer) can share with friends',
	method: 'POST',
	path: '/v1/referrals',
	bodyFields: [
		referralCampaignId,
		{
			kind: 'string',
			key: 'advocateProfileIntegrationId',
			displayName: 'Advocate Profile ID',
			description: 'Your ID for the customer who shares the code (their Customer Profile ID)',
			required: true,
			minLength: 1,
			maxLength: 1000,
		},
		{
			kind: 'string',
			key: 'friendProfileIntegrationId',
			displayName: 'Friend Profile ID',
			description: 'Your ID for the friend (their Customer Profile ID), if the code is meant for one person only',
		},
		referralUsageLimit(false),
		...referralValidity,
	],
	auth: ['apiKey', 'signing'],
};
