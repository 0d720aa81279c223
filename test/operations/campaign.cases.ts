import type { OperationCase } from './case';

const fakeShop = { __rl: true, mode: 'list', value: '1', cachedResultName: 'Fake Shop (ID 1)' };

/** Workflow runs of the campaign operations (nodes/TalonOne/operations/campaign/). */
export const cases: OperationCase[] = [
	{
		operationId: 'getCampaign',
		title: 'application and campaign picked from the lists',
		scheme: 'managementKey',
		parameters: { applicationId: fakeShop, campaignId: { __rl: true, mode: 'list', value: '1', cachedResultName: '10% off carts over 50 (ID 1)' } },
		requests: [{ method: 'GET', rawTarget: '/v1/applications/1/campaigns/1' }],
		verify: ([json]) => expect(json).toMatchObject({ id: 1, state: 'enabled', frontendState: 'running', budgets: [{ action: 'setDiscount', limit: 500, counter: 0 }] }),
	},
	{
		operationId: 'getCampaigns',
		title: 'filtered by state and name, all pages',
		scheme: 'managementKey',
		parameters: { applicationId: fakeShop, filters: { campaignState: 'running', name: 'refer' }, returnAll: true },
		requests: [{ method: 'GET', rawTarget: '/v1/applications/1/campaigns?campaignState=running&name=refer&pageSize=1000&skip=0' }],
		verify: (output) => expect(output.map((json) => json.name)).toEqual(['Refer a friend']),
	},
	{
		operationId: 'updateCampaign',
		title: 'disable: the rest of the campaign is read first and sent unchanged',
		scheme: 'managementKey',
		inputItems: [{ campaign: 1 }],
		parameters: { applicationId: fakeShop, campaignId: { __rl: true, mode: 'id', value: '={{ $json.campaign }}' }, updateFields: { state: 'disabled' } },
		requests: [
			{ method: 'GET', rawTarget: '/v1/applications/1/campaigns/1' },
			{
				method: 'PUT',
				rawTarget: '/v1/applications/1/campaigns/1',
				body: {
					name: '10% off carts over 50',
					description: 'Fake campaign 1',
					attributes: {},
					state: 'disabled',
					activeRulesetId: 1,
					tags: [],
					reevaluateOnReturn: false,
					features: ['coupons'],
					limits: [],
					campaignGroups: [],
					type: 'advanced',
				},
			},
		],
		verify: ([json], server) => {
			expect(json).toMatchObject({ id: 1, state: 'disabled', frontendState: 'disabled', name: '10% off carts over 50' });
			expect(server.state.campaigns.get(1)?.state).toBe('disabled');
		},
	},
	{
		operationId: 'updateCampaign',
		title: 'rename and retag a running campaign without State: it keeps running',
		scheme: 'bearerToken',
		parameters: { applicationId: 1, campaignId: 2, updateFields: { name: 'Refer a friend (summer)', tags: 'summer, referral' } },
		requests: [
			{ method: 'GET', rawTarget: '/v1/applications/1/campaigns/2' },
			{
				method: 'PUT',
				rawTarget: '/v1/applications/1/campaigns/2',
				body: {
					name: 'Refer a friend (summer)',
					description: 'Fake campaign 2',
					attributes: {},
					state: 'enabled',
					activeRulesetId: 2,
					tags: ['summer', 'referral'],
					reevaluateOnReturn: false,
					features: ['referrals'],
					limits: [],
					campaignGroups: [],
					type: 'advanced',
				},
			},
		],
		verify: ([json], server) => {
			expect(json).toMatchObject({ name: 'Refer a friend (summer)', tags: ['summer', 'referral'], state: 'enabled', frontendState: 'running' });
			expect(server.state.campaigns.get(2)?.state).toBe('enabled');
		},
	},
	{
		operationId: 'updateCampaign',
		title: 'only a new end date from the input: the state and everything else are kept',
		scheme: 'managementKey',
		inputItems: [{ campaign: 3, ends: '2026-12-31T23:00:00Z' }],
		parameters: { applicationId: 1, campaignId: '={{ $json.campaign }}', updateFields: { endTime: '={{ $json.ends }}' } },
		requests: [
			{ method: 'GET', rawTarget: '/v1/applications/1/campaigns/3' },
			{ method: 'PUT', rawTarget: '/v1/applications/1/campaigns/3', body: expect.objectContaining({ state: 'enabled', endTime: '2026-12-31T23:00:00Z' }) },
		],
		verify: ([json], server) => {
			expect(json).toMatchObject({ id: 3, state: 'enabled', endTime: '2026-12-31T23:00:00Z' });
			expect(server.state.campaigns.get(3)?.state).toBe('enabled');
		},
	},
	{
		operationId: 'getCampaignAnalytics',
		title: 'one month, per day',
		scheme: 'managementKey',
		parameters: { applicationId: 1, campaignId: 1, rangeStart: '2026-06-01T00:00:00Z', rangeEnd: '2026-07-01T00:00:00Z', granularity: '1 day' },
		requests: [
			{ method: 'GET', rawTarget: '/v1/applications/1/campaigns/1/analytics?rangeStart=2026-06-01T00%3A00%3A00Z&rangeEnd=2026-07-01T00%3A00%3A00Z&granularity=1+day' },
		],
		verify: ([json]) => expect(json).toMatchObject({ totalResultSize: 1, data: [{ campaignDiscountCosts: 0, couponRedemptions: 0 }] }),
	},
	{
		operationId: 'integrationGetAllCampaigns',
		title: 'running campaigns with the Integration API key alone',
		parameters: { returnAll: true },
		requests: [{ method: 'GET', rawTarget: '/v1/integration/campaigns?pageSize=1000&skip=0' }],
		verify: (output) => {
			expect(output.map((json) => json.name)).toEqual(['10% off carts over 50', 'Refer a friend', 'Points on orders over 100']);
			expect(output[0].rules).toEqual([{ title: '10% off carts over 50' }]);
		},
	},
	{
		operationId: 'integrationGetAllCampaigns',
		title: 'only some campaigns: IDs from an expression that returns a list, sent comma-separated',
		parameters: { returnAll: true, filters: { campaignIds: '={{ $json.campaigns }}' } },
		inputItems: [{ campaigns: [1, 3] }],
		requests: [{ method: 'GET', rawTarget: '/v1/integration/campaigns?campaignIds=1,3&pageSize=1000&skip=0' }],
		verify: (output) => expect(output.map((json) => json.name)).toEqual(['10% off carts over 50', 'Points on orders over 100']),
	},
	{
		operationId: 'integrationGetAllCampaigns',
		title: 'only some campaigns, picked from the multi-select',
		parameters: { returnAll: true, filters: { campaignIds: ['2'] } },
		requests: [{ method: 'GET', rawTarget: '/v1/integration/campaigns?campaignIds=2&pageSize=1000&skip=0' }],
		verify: (output) => expect(output.map((json) => json.name)).toEqual(['Refer a friend']),
	},
];
