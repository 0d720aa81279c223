import type { IDataObject } from 'n8n-workflow';
import type { OperationCase } from './case';

/** Workflow runs of the customerProfile operations (nodes/TalonOne/operations/customerProfile/). */
export const cases: OperationCase[] = [
	{
		operationId: 'updateCustomerProfileV2',
		title: 'typed attributes and audience changes, with the rule engine',
		inputItems: [{ id: 'cust-42', age: '42' }],
		parameters: {
			integrationId: '={{ $json.id }}',
			runRuleEngine: true,
			additionalFields: {
				attributes: {
					attribute: [
						{ name: 'Age', type: 'number', value: '={{ $json.age }}' },
						{ name: 'Newsletter', type: 'boolean', value: 'true' },
						{ name: 'Zip', type: 'string', value: '01234' },
					],
				},
				adds: '1',
				responseContent: ['customerProfile'],
			},
		},
		requests: [
			{
				method: 'PUT',
				rawTarget: '/v2/customer_profiles/cust-42?runRuleEngine=true',
				body: {
					attributes: { Age: 42, Newsletter: true, Zip: '01234' },
					audiencesChanges: { adds: [1], deletes: [] },
					responseContent: ['customerProfile'],
				},
			},
		],
		verify: ([json], server) => {
			expect((json.customerProfile as IDataObject).attributes).toMatchObject({ Age: 42, Zip: '01234' });
			expect(server.state.audienceMembers.get(1)?.has('cust-42')).toBe(true);
		},
	},
	{
		operationId: 'updateCustomerProfileV2',
		title: 'audiences picked from the multi-select (IDs sent as numbers); Leave from an expression giving one ID',
		setup: (server) => server.given('createAudienceV2', { body: { name: 'Winter buyers', integration: 'shop', integrationId: 'winter' } }),
		inputItems: [{ id: 'cust-43', leave: 2 }],
		parameters: {
			integrationId: '={{ $json.id }}',
			additionalFields: { adds: ['1'], deletes: '={{ $json.leave }}' },
		},
		requests: [
			{
				method: 'PUT',
				rawTarget: '/v2/customer_profiles/cust-43?runRuleEngine=false',
				body: { audiencesChanges: { adds: [1], deletes: [2] } },
			},
		],
		verify: (_output, server) => expect(server.state.audienceMembers.get(1)?.has('cust-43')).toBe(true),
	},
	{
		operationId: 'updateCustomerProfilesV2',
		title: 'three items become one batch request; silent gives one success item each',
		inputItems: [
			{ id: 'bulk-1', tier: 'gold' },
			{ id: 'bulk-2', tier: 'silver' },
			{ id: 'bulk-3', tier: 'gold' },
		],
		parameters: {
			integrationId: '={{ $json.id }}',
			silent: true,
			additionalFields: { attributes: { attribute: [{ name: 'Tier', type: 'string', value: '={{ $json.tier }}' }] } },
		},
		requests: [
			{
				method: 'PUT',
				rawTarget: '/v2/customer_profiles?silent=yes',
				body: {
					customerProfiles: [
						{ integrationId: 'bulk-1', attributes: { Tier: 'gold' } },
						{ integrationId: 'bulk-2', attributes: { Tier: 'silver' } },
						{ integrationId: 'bulk-3', attributes: { Tier: 'gold' } },
					],
				},
			},
		],
		verify: (output, server) => {
			expect(output).toEqual([
				{ success: true, integrationId: 'bulk-1' },
				{ success: true, integrationId: 'bulk-2' },
				{ success: true, integrationId: 'bulk-3' },
			]);
			expect(server.state.profiles.get('bulk-2')?.attributes).toEqual({ Tier: 'silver' });
		},
	},
	{
		operationId: 'updateCustomerProfilesV2',
		title: 'not silent: each item gets its own profile state back',
		inputItems: [{ id: 'bulk-4' }, { id: 'bulk-5' }],
		parameters: { integrationId: '={{ $json.id }}', silent: false },
		requests: [
			{
				method: 'PUT',
				rawTarget: '/v2/customer_profiles?silent=no',
				body: { customerProfiles: [{ integrationId: 'bulk-4' }, { integrationId: 'bulk-5' }] },
			},
		],
		verify: (output) => {
			expect(output.map((o) => (o.customerProfile as IDataObject).integrationId)).toEqual(['bulk-4', 'bulk-5']);
		},
	},
	{
		operationId: 'updateCustomerProfile',
		title: 'legacy V1 profile signed with the application key',
		scheme: 'signing',
		parameters: {
			integrationId: 'legacy-1',
			additionalFields: { attributes: { attribute: [{ name: 'Name', type: 'string', value: 'Grace' }] } },
		},
		requests: [{ method: 'PUT', rawTarget: '/v1/customer_profiles/legacy-1', body: { attributes: { Name: 'Grace' } } }],
		verify: (_output, server) => expect(server.state.profiles.get('legacy-1')?.attributes).toEqual({ Name: 'Grace' }),
	},
	{
		operationId: 'getCustomersByAttributes',
		title: 'profiles whose attributes match, one item per profile',
		scheme: 'managementKey',
		parameters: { returnAll: true, additionalFields: { attributes: { attribute: [{ name: 'Name', type: 'string', value: 'Alan Turing' }] } } },
		requests: [{ method: 'POST', rawTarget: '/v1/customer_search/no_total?sandbox=false&pageSize=1000&skip=0', body: { attributes: { Name: 'Alan Turing' } } }],
		verify: (output) => expect(output.map((p) => p.integrationId)).toEqual(['demo-customer-2']),
	},
	{
		operationId: 'getCustomerProfile',
		title: "a profile by Talon.One's numeric customer ID",
		scheme: 'managementKey',
		parameters: { customerId: 1 },
		requests: [{ method: 'GET', rawTarget: '/v1/customers/1' }],
		verify: ([profile]) => expect(profile).toMatchObject({ id: 1, integrationId: 'demo-customer-1', attributes: { Name: 'Ada Lovelace' } }),
	},
	{
		operationId: 'getApplicationCustomer',
		title: "a profile as the Application sees it, with the advocate who referred the customer",
		scheme: 'bearerToken',
		setup: (server) => {
			server.state.referrals.get('DEMO-REFERRAL')!.friendProfileIntegrationId = 'demo-customer-2';
		},
		parameters: { applicationId: 1, customerId: 2 },
		requests: [{ method: 'GET', rawTarget: '/v1/applications/1/customers/2' }],
		verify: ([profile]) => expect(profile).toMatchObject({ id: 2, integrationId: 'demo-customer-2', advocateIntegrationId: 'demo-customer-1' }),
	},
];
