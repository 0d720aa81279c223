import type { OperationDefinition } from '../types';
import { applicationId, campaignId, updateFields } from '../sharedFields';
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
	description: 'Changes what you add under Update Fields: state (enable, disable, archive), name, description, dates or tags; everything else stays as it is',
	method: 'PUT',
	path: '/v1/applications/{applicationId}/campaigns/{campaignId}',
	pathFields: [applicationId, campaignId],
	// Every change is optional: a campaign keeps its state (and all the rest) unless the item sets it.
	bodyFields: [
		{
			kind: 'options',
			key: 'state',
			displayName: 'State',
			description: 'Enabled runs the campaign within its dates; Disabled stops it; Archived stops it and hides it. Leave it out to keep the current state.',
			options: campaignStates,
			group: updateFields,
		},
		{ kind: 'string', key: 'name', displayName: 'Name', description: 'A new name for the campaign', minLength: 1, group: updateFields },
		{ kind: 'string', key: 'description', displayName: 'Description', description: 'A new description', group: updateFields },
		{ kind: 'string', key: 'startTime', displayName: 'Start Time', description: 'When the campaign starts', format: 'date-time', group: updateFields },
		{ kind: 'string', key: 'endTime', displayName: 'End Time', description: 'When the campaign ends', format: 'date-time', group: updateFields },
		{
			kind: 'list',
			key: 'tags',
			displayName: 'Tags',
			description: "The campaign's tags, replacing the current ones",
			itemType: 'string',
			maxItems: 50,
			itemMaxLength: 50,
			group: updateFields,
		},
	],
	keepCurrent: replacedOnUpdate,
	auth: ['management'],
};
