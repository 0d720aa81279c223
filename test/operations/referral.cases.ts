import type { IDataObject } from 'n8n-workflow';
import type { OperationCase } from './case';

/** Workflow runs of the referral operations (nodes/TalonOne/operations/referral/). */
export const cases: OperationCase[] = [
	{
		operationId: 'createReferral',
		title: 'referral code for an advocate',
		parameters: {
			campaignId: 2,
			advocateProfileIntegrationId: 'demo-customer-2',
			additionalFields: { usageLimit: 5, expiryDate: '2030-01-01T00:00:00Z' },
		},
		requests: [
			{
				method: 'POST',
				rawTarget: '/v1/referrals',
				body: { campaignId: 2, advocateProfileIntegrationId: 'demo-customer-2', usageLimit: 5, expiryDate: '2030-01-01T00:00:00Z' },
			},
		],
		verify: ([json], server) => {
			expect(typeof json.code).toBe('string');
			expect(server.state.referrals.get(json.code as string)?.advocateProfileIntegrationId).toBe('demo-customer-2');
		},
	},
	{
		operationId: 'createReferral',
		title: 'the campaign picked from the list',
		parameters: {
			campaignId: { __rl: true, mode: 'list', value: '2', cachedResultName: 'Refer a friend (ID 2)' },
			advocateProfileIntegrationId: 'demo-customer-1',
		},
		requests: [{ method: 'POST', rawTarget: '/v1/referrals', body: { campaignId: 2, advocateProfileIntegrationId: 'demo-customer-1' } }],
		verify: ([json]) => expect(json.campaignId).toBe(2),
	},
	{
		operationId: 'createReferralsForMultipleAdvocates',
		title: 'the campaign typed By ID',
		parameters: { campaignId: { __rl: true, mode: 'id', value: ' 2 ' }, advocateProfileIntegrationIds: 'adv-9', usageLimit: 1 },
		requests: [
			{
				method: 'POST',
				rawTarget: '/v1/referrals_for_multiple_advocates?silent=no',
				body: { campaignId: 2, usageLimit: 1, advocateProfileIntegrationIds: ['adv-9'] },
			},
		],
		verify: ([json]) => expect(json).toBeDefined(),
	},
	{
		operationId: 'createReferralsForMultipleAdvocates',
		title: 'items with the same settings merge into one request; each item gets its own codes',
		inputItems: [{ ids: 'adv-1, adv-2' }, { ids: 'adv-3' }],
		parameters: { campaignId: 2, advocateProfileIntegrationIds: '={{ $json.ids }}', usageLimit: 1, silent: false },
		requests: [
			{
				method: 'POST',
				rawTarget: '/v1/referrals_for_multiple_advocates?silent=no',
				body: { campaignId: 2, usageLimit: 1, advocateProfileIntegrationIds: ['adv-1', 'adv-2', 'adv-3'] },
			},
		],
		verify: (output) => {
			const advocates = output.map((o) => (o.referrals as IDataObject[]).map((r) => r.advocateProfileIntegrationId));
			expect(advocates).toEqual([['adv-1', 'adv-2'], ['adv-3']]);
		},
	},
	{
		operationId: 'getReferralsWithoutTotalCount',
		title: "a campaign's codes of one advocate, filtered by code and validity",
		scheme: 'managementKey',
		parameters: { applicationId: 1, campaignId: 2, returnAll: true, filters: { code: 'demo referral', advocate: 'demo-customer-1', valid: 'validNow' } },
		requests: [
			{ method: 'GET', rawTarget: '/v1/applications/1/campaigns/2/referrals/no_total?code=demo+referral&advocate=demo-customer-1&valid=validNow&pageSize=1000&skip=0' },
		],
		verify: (output) => expect(output.map((r) => r.code)).toEqual(['DEMO-REFERRAL']),
	},
];
