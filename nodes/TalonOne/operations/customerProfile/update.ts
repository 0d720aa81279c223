import type { ListField } from '../../fields/types';
import { OPTION_LISTS } from '../../methods/listNames';
import { summarizeIntegrationState } from '../../response/simplify';
import type { OperationDefinition } from '../types';
import { attributes, campaignsToEvaluate, dryRun, profileIntegrationId, responseContent } from '../sharedFields';

const audienceList = (key: 'adds' | 'deletes', displayName: string, description: string): ListField => ({
	kind: 'list',
	key,
	displayName,
	description: `${description} The list needs a Management API key.`,
	itemType: 'integer',
	pickFrom: OPTION_LISTS.audiences,
	defaultEmpty: true,
	parent: 'audiencesChanges',
});

export const updateCustomerProfile: OperationDefinition = {
	operationId: 'updateCustomerProfileV2',
	resource: 'customerProfile',
	operation: 'update',
	displayName: 'Update',
	action: 'Create or update a customer profile',
	description: "Creates the customer's profile or updates its attributes and audience memberships",
	method: 'PUT',
	path: '/v2/customer_profiles/{integrationId}',
	pathFields: [profileIntegrationId],
	queryFields: [
		{
			kind: 'boolean',
			key: 'runRuleEngine',
			displayName: 'Run Rule Engine',
			description: 'Whether to run your campaigns\' rules on this update and return their effects (slower)',
		},
		dryRun('the update (together with Run Rule Engine)', 'runRuleEngine'),
	],
	bodyFields: [
		attributes('Custom profile attributes defined in Talon.One, e.g. Name, Email or a loyalty tier', 'CustomerProfile'),
		audienceList('adds', 'Join Audience Names or IDs', 'The audiences the customer joins.'),
		audienceList('deletes', 'Leave Audience Names or IDs', 'The audiences the customer leaves.'),
		responseContent('Extra data to include in the output', ['awardedGiveaways', 'customerProfile', 'event', 'loyalty', 'ruleFailureReasons', 'triggeredCampaigns']),
		campaignsToEvaluate(),
	],
	auth: ['apiKey'],
	simplify: summarizeIntegrationState((_answer, sent) => ({ customerProfileId: sent.identity.integrationId })),
};
