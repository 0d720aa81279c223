import type { IDataObject } from 'n8n-workflow';
import type { OperationCase } from './case';

/** Workflow runs of the event operations (nodes/TalonOne/operations/event/). */
export const cases: OperationCase[] = [
	{
		operationId: 'trackEvent',
		title: 'custom event with attributes (empty attributes are still sent)',
		inputItems: [{ session: 'order-9' }],
		parameters: {
			type: 'newsletter_signup',
			sessionId: '={{ $json.session }}',
			dry: false,
			additionalFields: { profileId: 'demo-customer-1' },
		},
		requests: [
			{
				method: 'POST',
				rawTarget: '/v1/events?dry=false',
				body: { type: 'newsletter_signup', sessionId: 'order-9', profileId: 'demo-customer-1', attributes: {} },
			},
		],
		verify: ([json], server) => {
			expect((json.event as IDataObject).type).toBe('newsletter_signup');
			expect(server.state.events.size).toBe(1);
		},
	},
];
