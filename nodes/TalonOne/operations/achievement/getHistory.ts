import type { OperationDefinition } from '../types';
import { profileIntegrationId } from '../sharedFields';
import { filtersGroup, statusFilter } from './shared';

export const getCustomerAchievementHistory: OperationDefinition = {
	operationId: 'getCustomerAchievementHistory',
	resource: 'achievement',
	operation: 'getHistory',
	displayName: 'Get History',
	action: 'Get the history of a customer in an achievement',
	description: "Lists each period of one achievement for a customer: progress, status and when it was completed (one output item per period)",
	method: 'GET',
	path: '/v1/customer_profiles/{integrationId}/achievements/{achievementId}',
	pathFields: [
		profileIntegrationId,
		{
			kind: 'number',
			key: 'achievementId',
			displayName: 'Achievement ID',
			description: 'The numeric ID of the achievement (from Get Many or the Campaign Manager)',
			required: true,
			integer: true,
			minimum: 1,
		},
	],
	queryFields: [
		statusFilter('progressStatus', 'Progress Status', 'Only periods in this state', { Completed: 'completed', Expired: 'expired', 'In Progress': 'inprogress' }),
		{
			kind: 'string',
			key: 'startDate',
			displayName: 'Created From',
			description: 'Only periods that started on or after this date and time',
			format: 'date-time',
			group: filtersGroup,
		},
		{
			kind: 'string',
			key: 'endDate',
			displayName: 'Created Until',
			description: 'Only periods that started on or before this date and time',
			format: 'date-time',
			group: filtersGroup,
		},
	],
	auth: ['apiKey'],
	paginate: { maxPageSize: 1000 },
};
