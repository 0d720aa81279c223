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
];
