import type { OperationDefinition } from '../types';
import { filters, reachableCampaignList } from '../sharedFields';

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
		reachableCampaignList('Only these campaigns. Leave empty for every running campaign.', 'string', filters),
	],
	auth: ['apiKey'],
	paginate: { maxPageSize: 1000 },
};
