import type { OperationDefinition } from '../types';
import { applicationId, campaignId } from '../sharedFields';
import { campaignStates } from './shared';

/** Everything Talon.One's update replaces: read from the campaign first, so only what the item sets changes. */
const replacedOnUpdate = [
	'name',
	'description',
	'startTime',
	'endTime',
	'attributes',
	'state',
	'activeRulesetId',
	'tags',
	'reevaluateOnReturn',
	'features',
	'couponSettings',
	'referralSettings',
	'limits',
	'campaignGroups',
	'evaluationGroupId',
	'type',
	'linkedStoreIds',
	'couponAttributes',
] as const;

export const updateCampaign: OperationDefinition = {
	operationId: 'updateCampaign',
	resource: 'campaign',
	operation: 'update',
	displayName: 'Update',
	action: 'Update a campaign',
	description: 'Enables, disables or archives a campaign, or changes its name, description, dates or tags; everything else stays as it is',
	method: 'PUT',
	path: '/v1/applications/{applicationId}/campaigns/{campaignId}',
	pathFields: [applicationId, campaignId],
	bodyFields: [
		{
			kind: 'options',
			key: 'state',
			displayName: 'State',
			description: 'Enabled runs the campaign within its dates; Disabled stops it; Archived stops it and hides it',
			options: campaignStates,
			default: 'disabled',
			required: true,
		},
		{ kind: 'string', key: 'name', displayName: 'Name', description: 'A new name for the campaign', minLength: 1 },
		{ kind: 'string', key: 'description', displayName: 'Description', description: 'A new description' },
		{ kind: 'string', key: 'startTime', displayName: 'Start Time', description: 'When the campaign starts', format: 'date-time' },
		{ kind: 'string', key: 'endTime', displayName: 'End Time', description: 'When the campaign ends', format: 'date-time' },
		{
			kind: 'list',
			key: 'tags',
			displayName: 'Tags',
			description: "The campaign's tags, replacing the current ones",
			itemType: 'string',
			maxItems: 50,
			itemMaxLength: 50,
		},
	],
	keepCurrent: replacedOnUpdate,
	auth: ['management'],
};
