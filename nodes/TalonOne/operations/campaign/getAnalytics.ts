import type { OperationDefinition } from '../types';
import { applicationId, campaignId } from '../sharedFields';

export const getCampaignAnalytics: OperationDefinition = {
	operationId: 'getCampaignAnalytics',
	resource: 'campaign',
	operation: 'getAnalytics',
	displayName: 'Get Analytics',
	action: 'Get the analytics of a campaign',
	description: "Gets a campaign's results in a date range: revenue, discount costs, coupons and referrals redeemed, loyalty points",
	method: 'GET',
	path: '/v1/applications/{applicationId}/campaigns/{campaignId}/analytics',
	pathFields: [applicationId, campaignId],
	queryFields: [
		{ kind: 'string', key: 'rangeStart', displayName: 'From', description: 'The start of the date range', format: 'date-time', required: true },
		{ kind: 'string', key: 'rangeEnd', displayName: 'To', description: 'The end of the date range', format: 'date-time', required: true },
		{
			kind: 'options',
			key: 'granularity',
			displayName: 'Per',
			description: 'One row of figures per hour, day, week, month or year of the range',
			options: [
				{ name: 'Day', value: '1 day' },
				{ name: 'Hour', value: '1 hour' },
				{ name: 'Month', value: '1 month' },
				{ name: 'Week', value: '1 week' },
				{ name: 'Year', value: '1 year' },
			],
			default: '1 day',
		},
	],
	auth: ['management'],
};
