import type { OperationCase } from './case';

/** Workflow runs of the achievement operations (nodes/TalonOne/operations/achievement/). */
export const cases: OperationCase[] = [
	{
		operationId: 'getCustomerAchievements',
		title: "a customer's achievements with progress, filtered, all pages (one output item per achievement)",
		parameters: {
			integrationId: 'demo-customer-1',
			returnAll: true,
			filters: { achievementStatus: ['active', 'scheduled'], campaignIds: '1' },
		},
		requests: [
			{ method: 'GET', rawTarget: '/v1/customer_profiles/demo-customer-1/achievements?campaignIds=1&achievementStatus=active,scheduled&pageSize=1000&skip=0' },
		],
		verify: (output) => {
			expect(output.map((a) => [a.name, (a.currentProgress as { status: string }).status])).toEqual([
				['order_3_times', 'inprogress'],
				['review_3_products', 'not_started'],
			]);
		},
	},
	{
		operationId: 'getCustomerAchievements',
		title: 'achievement IDs from an expression that returns a list, sent comma-separated with the progress filter',
		parameters: {
			integrationId: 'demo-customer-1',
			returnAll: true,
			filters: { achievementIds: '={{ $json.achievements }}', achievementStatus: ['active', 'scheduled'], currentProgressStatus: ['not_started', 'completed'] },
		},
		inputItems: [{ achievements: [1, 2] }],
		requests: [
			{
				method: 'GET',
				rawTarget: '/v1/customer_profiles/demo-customer-1/achievements?achievementIds=1,2&achievementStatus=active,scheduled&currentProgressStatus=not_started,completed&pageSize=1000&skip=0',
			},
		],
		verify: (output) => expect(output.map((a) => a.name)).toEqual(['review_3_products']),
	},
	{
		operationId: 'getCustomerAchievementHistory',
		title: 'the periods of one achievement, limited to 1',
		parameters: { integrationId: 'demo-customer-1', achievementId: 1, limit: 1, filters: { progressStatus: ['completed'] } },
		requests: [{ method: 'GET', rawTarget: '/v1/customer_profiles/demo-customer-1/achievements/1?progressStatus=completed&pageSize=1&skip=0' }],
		verify: (output) => expect(output).toEqual([expect.objectContaining({ status: 'completed', progress: 3 })]),
	},
];
