import { summarizeIntegrationState } from '../../response/simplify';
import { LISTS } from '../../methods/listNames';
import type { OperationDefinition } from '../types';
import { attributes, dryRun } from '../sharedFields';

export const trackEvent: OperationDefinition = {
	operationId: 'trackEvent',
	resource: 'event',
	operation: 'track',
	displayName: 'Track',
	action: 'Track a custom event',
	description:
		'Records a custom event (e.g. "newsletter_signup") in a customer session and returns the effects of campaigns that react to it',
	method: 'POST',
	path: '/v1/events',
	queryFields: [dryRun('the event')],
	bodyFields: [
		{
			kind: 'locator',
			key: 'type',
			displayName: 'Event Type',
			description: 'The custom event as defined in Talon.One: pick it from the list (needs a Management API key), or type its name, e.g. newsletter_signup',
			required: true,
			list: LISTS.eventTypes,
			valueType: 'string',
		},
		{
			kind: 'string',
			key: 'sessionId',
			displayName: 'Customer Session ID',
			description: 'The ID of the customer session the event belongs to',
			required: true,
			minLength: 1,
		},
		{
			kind: 'string',
			key: 'profileId',
			displayName: 'Customer Profile ID',
			description: 'Your ID for the customer. Leave empty for an anonymous event.',
		},
		{ ...attributes("The event's attributes as defined for this event type in Talon.One", 'Event'), defaultEmpty: true },
	],
	auth: ['apiKey', 'signing'],
	entityField: 'sessionId',
	simplify: summarizeIntegrationState((_answer, sent) => ({ eventType: sent.body?.type, customerSessionId: sent.body?.sessionId })),
};
