import type { OperationDefinition } from '../types';
import { filters } from '../sharedFields';

export const listRunningCampaigns: OperationDefinition = {
	operationId: 'integrationGetAllCampaigns',
	resource: 'campaign',
	operation: 'listRunning',
	displayName: 'List Running',
	action: 'List the running campaigns',
	description: "Lists the campaigns running now in the Integration API key's Application, with their rules' titles; needs no Management API key",
	method: 'GET',
	path: '/v1/integration/campaigns',
	queryFields: [
		{
			kind: 'list',
			key: 'campaignIds',
			displayName: 'Campaign IDs',
			description: 'Only these campaigns, by their numeric IDs (shown in the Campaign Manager). Leave empty for every running campaign.',
			placeholder: 'e.g. 12, 15',
			itemType: 'string',
			commaSeparated: true,
			group: filters,
		},
	],
	auth: ['apiKey'],
	paginate: { maxPageSize: 1000 },
};
