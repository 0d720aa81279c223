import type { OperationCase } from './case';

/** Workflow runs of the audience operations (nodes/TalonOne/operations/audience/). */
export const cases: OperationCase[] = [
	{
		operationId: 'updateCustomerProfileAudiences',
		title: 'add and remove members, batched into one request',
		inputItems: [
			{ id: 'demo-customer-2', action: 'add' },
			{ id: 'demo-customer-1', action: 'delete' },
		],
		parameters: { action: '={{ $json.action }}', profileIntegrationId: '={{ $json.id }}', audienceId: 1 },
		requests: [
			{
				method: 'POST',
				rawTarget: '/v2/customer_audiences',
				body: {
					data: [
						{ action: 'add', profileIntegrationId: 'demo-customer-2', audienceId: 1 },
						{ action: 'delete', profileIntegrationId: 'demo-customer-1', audienceId: 1 },
					],
				},
			},
		],
		verify: (output, server) => {
			expect(output).toEqual([
				{ success: true, action: 'add', profileIntegrationId: 'demo-customer-2', audienceId: 1 },
				{ success: true, action: 'delete', profileIntegrationId: 'demo-customer-1', audienceId: 1 },
			]);
			expect([...(server.state.audienceMembers.get(1) ?? [])]).toEqual(['demo-customer-2']);
		},
	},
	{
		operationId: 'createAudienceV2',
		title: 'audience owned by an integration',
		parameters: { name: 'VIP', additionalFields: { integration: 'mparticle', integrationId: 'mp-vip' } },
		requests: [{ method: 'POST', rawTarget: '/v2/audiences', body: { name: 'VIP', integration: 'mparticle', integrationId: 'mp-vip' } }],
		verify: ([json], server) => {
			expect(json).toMatchObject({ name: 'VIP', integration: 'mparticle', integrationId: 'mp-vip' });
			expect(server.state.audiences.get(json.id as number)?.name).toBe('VIP');
		},
	},
	{
		operationId: 'updateAudienceV2',
		title: 'rename an audience',
		inputItems: [{ audience: 1 }],
		parameters: { audienceId: '={{ $json.audience }}', name: 'Newsletter (EU)' },
		requests: [{ method: 'PUT', rawTarget: '/v2/audiences/1', body: { name: 'Newsletter (EU)' } }],
		verify: ([json]) => expect(json).toMatchObject({ id: 1, name: 'Newsletter (EU)' }),
	},
	{
		operationId: 'updateAudienceCustomersAttributes',
		title: "set attributes on every member; the body is the attributes object itself",
		parameters: {
			audienceId: 1,
			attributes: { attribute: [{ name: 'Segment', type: 'string', value: 'newsletter' }, { name: 'Since', type: 'date', value: '2026-01-31T00:00:00Z' }] },
		},
		requests: [
			{ method: 'PUT', rawTarget: '/v2/audience_customers/1/attributes', body: { Segment: 'newsletter', Since: '2026-01-31T00:00:00Z' } },
		],
		verify: ([json], server) => {
			expect(json).toEqual({ success: true, audienceId: 1 });
			expect(server.state.profiles.get('demo-customer-1')?.attributes).toMatchObject({ Segment: 'newsletter' });
		},
	},
	{
		operationId: 'deleteAudienceMembershipsV2',
		title: 'remove all members with a bearer token',
		scheme: 'bearerToken',
		parameters: { audienceId: 1 },
		requests: [{ method: 'DELETE', rawTarget: '/v2/audiences/1/memberships' }],
		verify: ([json], server) => {
			expect(json).toEqual({ success: true, audienceId: 1 });
			expect(server.state.audienceMembers.get(1)?.size).toBe(0);
		},
	},
	{
		operationId: 'deleteAudienceV2',
		title: 'delete an audience with a management key',
		scheme: 'managementKey',
		parameters: { audienceId: 1 },
		requests: [{ method: 'DELETE', rawTarget: '/v2/audiences/1' }],
		verify: ([json], server) => {
			expect(json).toEqual({ success: true, audienceId: 1 });
			expect(server.state.audiences.has(1)).toBe(false);
		},
	},
	{
		operationId: 'deleteAudienceV2',
		title: 'delete an audience with the integration API key when no management key is set',
		parameters: { audienceId: 1 },
		requests: [{ method: 'DELETE', rawTarget: '/v2/audiences/1' }],
		verify: ([json]) => expect(json).toEqual({ success: true, audienceId: 1 }),
	},
	{
		operationId: 'getAudiences',
		title: 'Return All pages through the audiences with the management key, one item per audience',
		scheme: 'managementKey',
		parameters: { returnAll: true },
		requests: [{ method: 'GET', rawTarget: '/v1/audiences?pageSize=1000&skip=0' }],
		verify: ([audience]) => expect(audience).toMatchObject({ id: 1, name: 'Newsletter subscribers', integration: 'mparticle' }),
	},
	{
		operationId: 'getAudienceMemberships',
		title: 'Limit 1 of two members: one page of one, one item',
		scheme: 'bearerToken',
		setup: (server) => {
			server.state.audienceMembers.get(1)!.add('demo-customer-2');
			server.state.profileAudiences.set('demo-customer-2', new Set([1]));
		},
		parameters: { audienceId: 1, limit: 1 },
		requests: [{ method: 'GET', rawTarget: '/v1/audiences/1/memberships?pageSize=1&skip=0' }],
		verify: (output) => {
			expect(output).toHaveLength(1);
			expect(output[0]).toMatchObject({ integrationId: 'demo-customer-1', audienceMemberships: [{ id: 1, name: 'Newsletter subscribers' }] });
		},
	},
];
