import type { OperationCase } from './case';

/** Workflow runs of the pricing operations (nodes/TalonOne/operations/pricing/). */
export const cases: OperationCase[] = [
	{
		operationId: 'bestPriorPrice',
		title: 'the lowest price of the last 30 days for everyone (one output item per SKU, found or not)',
		parameters: { skus: 'SHOE-42, HAT-1', timeframe: '30', timeframeEndDate: '2024-03-01T00:00:00Z', timeframeEndDateType: 'strict', targetType: 'NONE' },
		requests: [
			{
				method: 'POST',
				rawTarget: '/v1/best_prior_price',
				body: { skus: ['SHOE-42', 'HAT-1'], timeframe: '30', timeframeEndDate: '2024-03-01T00:00:00Z', timeframeEndDateType: 'strict', target: { targetType: 'NONE' } },
			},
		],
		verify: (output) =>
			expect(output).toEqual([expect.objectContaining({ found: true, sku: 'SHOE-42', price: 49.9, target: { type: 'NONE' } }), { sku: 'HAT-1', found: false }]),
	},
	{
		operationId: 'bestPriorPrice',
		title: "an audience's prices, the audience picked from the list",
		parameters: {
			skus: 'SHOE-42',
			timeframe: '30',
			timeframeEndDate: '2024-03-01T00:00:00Z',
			timeframeEndDateType: 'strict',
			targetType: 'AUDIENCE',
			additionalFields: { audienceID: { __rl: true, mode: 'list', value: '1', cachedResultName: 'Newsletter subscribers (ID 1)' } },
		},
		requests: [
			{
				method: 'POST',
				rawTarget: '/v1/best_prior_price',
				body: { skus: ['SHOE-42'], timeframe: '30', timeframeEndDate: '2024-03-01T00:00:00Z', timeframeEndDateType: 'strict', target: { targetType: 'AUDIENCE', audienceID: 1 } },
			},
		],
		verify: ([json]) => expect(json).toMatchObject({ found: true, price: 45, target: { type: 'AUDIENCE', audience: { id: 1 } } }),
	},
];
