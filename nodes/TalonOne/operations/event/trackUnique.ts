import type { IDataObject } from 'n8n-workflow';
import { summarizeIntegrationState } from '../../response/simplify';
import type { OperationDefinition } from '../types';
import { commonEventFields, eventProfileId, eventQueryFields, eventResponseContent, eventType } from './shared';

export const trackEventV3: OperationDefinition = {
	operationId: 'trackEventV3',
	resource: 'event',
	operation: 'trackUnique',
	displayName: 'Track (Unique, V3)',
	action: 'Track a unique custom event',
	description:
		'Records a custom event under your own event ID. Talon.One registers each event ID only once, so sending it again (e.g. after a timeout) never counts it twice.',
	method: 'POST',
	path: '/v3/events',
	queryFields: eventQueryFields,
	bodyFields: [
		{
			kind: 'string',
			key: 'integrationId',
			displayName: 'Event ID',
			description:
				'Your unique ID for this event, e.g. the order or click ID. Talon.One accepts each ID only once, so a retry of the same event is safe.',
			required: true,
			placeholder: 'e.g. share-2026-06-01-42',
			minLength: 1,
		},
		eventType,
		eventProfileId,
		...commonEventFields,
		{
			kind: 'string',
			key: 'connectedSessionId',
			displayName: 'Connected Session ID',
			description: 'The ID of a closed customer session this event refers to, so your rules can read that order',
			minLength: 1,
		},
		eventResponseContent(['advancedEvent', 'awardedGiveaways', 'customerProfile', 'loyalty', 'ruleFailureReasons', 'triggeredCampaigns']),
	],
	auth: ['apiKey'],
	idempotent: true,
	entityField: 'profileId',
	simplify: summarizeIntegrationState((_answer, sent) => {
		const body = sent.body as IDataObject | undefined;
		return { eventId: body?.integrationId, eventType: body?.type, customerProfileId: body?.profileId };
	}),
};
