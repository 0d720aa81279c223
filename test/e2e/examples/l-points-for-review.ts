import type { ExampleCheck } from './types';

export default {
	title: 'a review earns points through the Management API; the Integration API balance shows them',
	check: ({ out, requestsTo }) => {
		expect(requestsTo('addLoyaltyPoints').map((r) => r.body)).toEqual([{ points: 50, name: 'Product review', validityDuration: '12M' }]);
		expect(out('Add Points')).toEqual([{ success: true, loyaltyProgramId: '1', integrationId: 'demo-customer-2' }]);
		expect(out('Get Balances')).toEqual([
			{
				loyaltyProgramId: 1,
				integrationId: 'demo-customer-2',
				activePoints: 50,
				pendingPoints: 0,
				spentPoints: 0,
				expiredPoints: 0,
				negativePoints: 0,
				currentTier: 'Bronze',
				nextTier: 'Silver',
				pointsToNextTier: 150,
				subledgers: {},
			},
		]);
	},
} satisfies ExampleCheck;
