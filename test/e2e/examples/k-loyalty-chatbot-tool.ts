import { CALL_NODE } from './caller';
import type { ExampleCheck } from './types';

export default {
	kind: 'subWorkflow',
	title: 'called like an AI Agent tool, it answers with the points, the tier and the card balance in plain fields and one sentence',
	input: { customerId: 'demo-customer-1', loyaltyCardId: 'DEMO-CARD-0001' },
	check: ({ out, requestsTo }) => {
		expect(out(CALL_NODE)).toEqual([
			{
				customerId: 'demo-customer-1',
				activePoints: 120,
				pendingPoints: 40,
				currentTier: 'Bronze',
				pointsToNextTier: 80,
				cardPoints: 50,
				reply: 'You have 120 points and the Bronze tier; 80 more points reach Silver. Your loyalty card holds 50 points.',
			},
		]);
		expect(requestsTo('getLoyaltyCardBalances').map((r) => r.rawTarget)).toEqual(['/v1/loyalty_programs/2/cards/DEMO-CARD-0001/balances']);
		// Only the Integration API: the tool works with an Integration API key alone.
		for (const request of [...requestsTo('getLoyaltyBalances'), ...requestsTo('getLoyaltyCardBalances')]) {
			expect(request.headers.authorization).toMatch(/^ApiKey-v1 /);
		}
	},
} satisfies ExampleCheck;
