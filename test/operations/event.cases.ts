import type { IDataObject } from 'n8n-workflow';
import type { OperationCase } from './case';

/** Workflow runs of the event operations (nodes/TalonOne/operations/event/). */
export const cases: OperationCase[] = [
	{
		operationId: 'trackEventV2',
		title: "custom event for a customer (effects asked for, empty attributes still sent)",
		inputItems: [{ customer: 'demo-customer-1' }],
		parameters: {
			type: 'newsletter_signup',
			additionalFields: { profileId: '={{ $json.customer }}', responseContent: ['customerProfile'] },
		},
		requests: [
			{
				method: 'POST',
				rawTarget: '/v2/events?silent=no',
				body: { type: 'newsletter_signup', profileId: 'demo-customer-1', attributes: {}, responseContent: ['customerProfile'] },
			},
		],
		verify: ([json], server) => {
			expect(json).toMatchObject({ eventType: 'newsletter_signup', customerProfileId: 'demo-customer-1', discountTotal: 0, effects: [] });
			expect((json.customerProfile as IDataObject).integrationId).toBe('demo-customer-1');
			expect(server.state.events.size).toBe(1);
		},
	},
	{
		operationId: 'trackEventV3',
		title: 'unique event with its own ID, linked to a closed order; the same ID is registered once',
		inputItems: [{ click: 'share-1' }],
		parameters: {
			integrationId: '={{ $json.click }}',
			type: 'product_shared',
			profileId: 'demo-customer-2',
			simplify: false,
			additionalFields: {
				attributes: { attribute: [{ name: 'channel', type: 'string', value: 'email' }] },
				responseContent: ['advancedEvent'],
			},
		},
		requests: [
			{
				method: 'POST',
				rawTarget: '/v3/events?silent=no',
				body: { integrationId: 'share-1', type: 'product_shared', profileId: 'demo-customer-2', attributes: { channel: 'email' }, responseContent: ['advancedEvent'] },
			},
		],
		verify: ([json], server) => {
			expect(json.advancedEvent).toMatchObject({ integrationId: 'share-1', type: 'product_shared', attributes: { channel: 'email' } });
			expect(server.state.advancedEvents.has('share-1')).toBe(true);
		},
	},
	{
		operationId: 'getEventV3',
		title: 'reads a unique event by its ID',
		setup: (server) => server.given('trackEventV3', { body: { integrationId: 'seeded-share', type: 'product_shared', profileId: 'demo-customer-1', attributes: {} } }),
		parameters: { integrationId: 'seeded-share' },
		requests: [{ method: 'GET', rawTarget: '/v3/events/seeded-share' }],
		verify: ([json]) => expect(json).toMatchObject({ integrationId: 'seeded-share', type: 'product_shared', profileId: 'demo-customer-1' }),
	},
	{
		operationId: 'trackEvent',
		title: 'legacy V1 event in a session (empty attributes are still sent)',
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
