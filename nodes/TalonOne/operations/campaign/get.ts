import type { OperationDefinition } from '../types';
import { applicationId, campaignId } from '../sharedFields';

export const getCampaign: OperationDefinition = {
	operationId: 'getCampaign',
	resource: 'campaign',
	operation: 'get',
	displayName: 'Get',
	action: 'Get a campaign',
	description: "Gets a campaign: its state, dates, tags, budgets and how much of each is used, and its counters (coupons redeemed, discounts given, points)",
	method: 'GET',
	path: '/v1/applications/{applicationId}/campaigns/{campaignId}',
	pathFields: [applicationId, campaignId],
	auth: ['management'],
};
