import type { ExampleCheck } from './types';

export default {
	title: 'an audience is created, filled, given attributes, renamed, emptied and deleted',
	check: ({ server, out, requestsTo }) => {
		const [audience] = out('Create Audience');
		expect(out('Add Members')).toHaveLength(3);
		expect(requestsTo('updateCustomerProfileAudiences')).toHaveLength(1);
		expect(server.state.profiles.get('new-member-3')?.attributes).toMatchObject({ SpringCampaign: true });
		expect(out('Rename Audience')[0]).toMatchObject({ id: audience.id, name: 'Spring campaign 2027' });
		expect(requestsTo('deleteAudienceMembershipsV2')).toHaveLength(1);
		expect(out('Delete Audience')).toEqual([{ success: true, audienceId: audience.id }]);
		expect(server.state.audiences.has(audience.id as number)).toBe(false);
	},
} satisfies ExampleCheck;
