import { summarizeIntegrationState } from '../../response/simplify';
import type { OperationDefinition } from '../types';
import { attributes, dryRun } from '../sharedFields';
import { eventType } from './shared';

export const trackEventLegacy: OperationDefinition = {
	operationId: 'trackEvent',
	resource: 'event',
	operation: 'trackLegacy',
	displayName: 'Track (Legacy V1)',
	action: 'Track a custom event with the legacy V1 API',
	description:
		"Deprecated and removed from today's Talon.One: use Track instead. Records a custom event in a customer session, for Applications that still sign requests with the application key.",
	method: 'POST',
	path: '/v1/events',
	queryFields: [dryRun('the event')],
	bodyFields: [
		eventType,
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
	legacy: true,
	simplify: summarizeIntegrationState((_answer, sent) => ({ eventType: sent.body?.type, customerSessionId: sent.body?.sessionId })),
};
