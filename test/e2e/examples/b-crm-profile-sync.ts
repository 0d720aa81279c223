import type { ExampleCheck } from './types';

export default {
	title: 'CRM contacts become profiles in one batch, VIPs join the audience',
	check: ({ server, out, requestsTo }) => {
		expect(out('Update Profiles')).toEqual([
			{ success: true, integrationId: 'ada@example.com' },
			{ success: true, integrationId: 'alan@example.com' },
			{ success: true, integrationId: 'grace@example.com' },
		]);
		expect(requestsTo('updateCustomerProfilesV2')).toHaveLength(1);
		expect(server.state.profiles.get('alan@example.com')?.attributes).toEqual({ Name: 'Alan', Tier: 'silver' });
		expect([...(server.state.audienceMembers.get(1) ?? [])].sort()).toEqual(['ada@example.com', 'demo-customer-1', 'grace@example.com']);
	},
} satisfies ExampleCheck;
