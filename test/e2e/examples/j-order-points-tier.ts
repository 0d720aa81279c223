import type { ExampleCheck } from './types';

export default {
	title: 'a closed order books its points; the balance, the tier and the tier ladder come out in plain fields',
	check: ({ out, requestsTo }) => {
		expect(out('Points and Tier')).toEqual([
			{
				orderId: 'order-2001',
				customerId: 'demo-customer-1',
				pointsEarned: 138,
				activePoints: 258,
				pendingPoints: 40,
				currentTier: 'Silver',
				nextTier: 'Gold',
				pointsToNextTier: 242,
				tiers: 'Bronze from 0 points, Silver from 200 points, Gold from 500 points',
			},
		]);
		expect(requestsTo('getLoyaltyBalances').map((r) => r.rawTarget)).toEqual([
			'/v1/loyalty_programs/1/profile/demo-customer-1/balances?includeTiers=true&includeProjectedTier=false',
		]);
		expect(requestsTo('getLoyaltyProgram')[0].headers.authorization).toMatch(/^ManagementKey-v1 /);
	},
} satisfies ExampleCheck;
