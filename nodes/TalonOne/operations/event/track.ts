import { summarizeIntegrationState } from '../../response/simplify';
import type { OperationDefinition } from '../types';
import { commonEventFields, eventQueryFields, eventResponseContent, eventType, optionalEventProfileId } from './shared';

/** Keeps the operation value `track` that the V1 version had, so saved workflows move to today's endpoint. */
export const trackEventV2: OperationDefinition = {
	operationId: 'trackEventV2',
	resource: 'event',
	operation: 'track',
	displayName: 'Track',
	action: 'Track a custom event',
	description:
		'Records a custom event (e.g. "newsletter_signup") for a customer and returns the effects of campaigns that react to it',
	method: 'POST',
	path: '/v2/events',
	queryFields: eventQueryFields,
	bodyFields: [
		eventType,
		optionalEventProfileId,
		...commonEventFields,
		eventResponseContent(['awardedGiveaways', 'campaignEligibility', 'customerProfile', 'event', 'loyalty', 'ruleFailureReasons', 'triggeredCampaigns']),
	],
	auth: ['apiKey'],
	entityField: 'profileId',
	simplify: summarizeIntegrationState((_answer, sent) => ({ eventType: sent.body?.type, customerProfileId: sent.body?.profileId })),
};
