import type { OperationDefinition } from '../types';
import { applicationId, filters } from '../sharedFields';

export const getCampaigns: OperationDefinition = {
	operationId: 'getCampaigns',
	resource: 'campaign',
	operation: 'getMany',
	displayName: 'Get Many',
	action: 'Get many campaigns',
	description: "Lists an Application's campaigns, one output item each, optionally only those in a state, with a name or with tags",
	method: 'GET',
	path: '/v1/applications/{applicationId}/campaigns',
	pathFields: [applicationId],
	queryFields: [
		{
			kind: 'options',
			key: 'campaignState',
			displayName: 'State',
			description: 'Only campaigns in this state (Running: enabled and within its dates)',
			options: [
				{ name: 'Archived', value: 'archived' },
				{ name: 'Disabled', value: 'disabled' },
				{ name: 'Enabled', value: 'enabled' },
				{ name: 'Expired', value: 'expired' },
				{ name: 'Running', value: 'running' },
				{ name: 'Scheduled', value: 'scheduled' },
				{ name: 'Staged', value: 'staged' },
			],
			group: filters,
		},
		{ kind: 'string', key: 'name', displayName: 'Name Contains', description: 'Only campaigns whose name contains this text (upper and lower case alike)', group: filters },
		{ kind: 'string', key: 'tags', displayName: 'Tags', description: 'Only campaigns with all of these tags; separate several with commas', placeholder: 'e.g. summer,newsletter', group: filters },
	],
	auth: ['management'],
	paginate: { maxPageSize: 1000 },
};
