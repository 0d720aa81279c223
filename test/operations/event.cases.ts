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
			additionalFields: { profileId: 'demo-customer-1' },
		},
		requests: [
			{
				method: 'POST',
				rawTarget: '/v1/events',
				body: { type: 'newsletter_signup', sessionId: 'order-9', profileId: 'demo-customer-1', attributes: {} },
			},
		],
		verify: ([json], server) => {
			expect(json).toMatchObject({ eventType: 'newsletter_signup', customerSessionId: 'order-9', effects: [] });
			expect(server.state.events.size).toBe(1);
		},
	},
];
