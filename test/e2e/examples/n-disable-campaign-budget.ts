import type { ExampleCheck } from './types';

export default {
	title: "the campaign whose budget is spent is disabled (Update Fields → State), the rest of it and the others unchanged, with 0 answers 429",
	check: ({ server, out, requestsTo }) => {
		expect(out('Get Applications').map((json) => json.name)).toEqual(['Fake Shop', 'Fake Shop Staging']);
		expect(out('Get Running Campaigns').map((json) => json.id)).toEqual([1, 2, 3]);
		expect(out('Disable Campaign')).toEqual([expect.objectContaining({ id: 2, state: 'disabled', name: 'Refer a friend', features: ['referrals'] })]);
		// read first, then the whole campaign sent back with only the state changed
		expect(requestsTo('updateCampaign')).toHaveLength(1);
		expect(requestsTo('updateCampaign')[0].body).toMatchObject({ state: 'disabled', name: 'Refer a friend', description: 'Fake campaign 2', features: ['referrals'] });
		expect(server.state.campaigns.get(2)?.state).toBe('disabled');
		expect(server.state.campaigns.get(1)?.state).toBe('enabled');
		expect(server.requests.filter((request) => request.status === 429)).toEqual([]);
	},
} satisfies ExampleCheck;
