import type { OperationDefinition } from '../types';
import { profileIntegrationId, reachableCampaignList } from '../sharedFields';
import { filtersGroup, statusFilter } from './shared';

export const getCustomerAchievements: OperationDefinition = {
	operationId: 'getCustomerAchievements',
	resource: 'achievement',
	operation: 'getMany',
	displayName: 'Get Many',
	action: 'Get the achievements of a customer',
	description: "Lists the achievements a customer can reach, each with the customer's current progress (one output item per achievement)",
	method: 'GET',
	path: '/v1/customer_profiles/{integrationId}/achievements',
	pathFields: [profileIntegrationId],
	queryFields: [
		reachableCampaignList('Only achievements of these campaigns.', 'string', filtersGroup),
		{
			kind: 'list',
			key: 'achievementIds',
			displayName: 'Achievement IDs',
			description: 'Only these achievements. Separate several with commas.',
			itemType: 'string',
			commaSeparated: true,
			group: filtersGroup,
		},
		statusFilter('achievementStatus', 'Achievement Status', 'Only achievements that are running now (Active) or start later (Scheduled). Without it Talon.One returns the active ones.', {
			Active: 'active',
			Scheduled: 'scheduled',
		}),
		statusFilter('currentProgressStatus', 'Customer Progress', "Only achievements where the customer's progress is in this state", {
			Completed: 'completed',
			'In Progress': 'inprogress',
			'Not Started': 'not_started',
		}),
	],
	auth: ['apiKey'],
	paginate: { maxPageSize: 1000 },
};
