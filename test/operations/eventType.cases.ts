import type { OperationCase } from './case';

/** Workflow runs of the event type operations (nodes/TalonOne/operations/eventType/). */
export const cases: OperationCase[] = [
	{
		operationId: 'getEventTypes',
		title: 'every event type of the account',
		scheme: 'managementKey',
		parameters: { returnAll: true },
		requests: [{ method: 'GET', rawTarget: '/v1/event_types?pageSize=1000&skip=0' }],
		pairedItems: [0, 0],
		verify: (output) => expect(output.map((json) => json.name)).toEqual(['newsletter_signup', 'product_review']),
	},
	{
		operationId: 'getEventTypes',
		title: 'one event type by its name',
		scheme: 'managementKey',
		parameters: { filters: { name: 'product_review' }, limit: 50 },
		requests: [{ method: 'GET', rawTarget: '/v1/event_types?name=product_review&pageSize=50&skip=0' }],
		verify: (output) => expect(output).toEqual([expect.objectContaining({ name: 'product_review', title: 'Product Review' })]),
	},
	{
		operationId: 'getApplicationEventTypes',
		title: "an Application's event type names become one item each",
		scheme: 'managementKey',
		parameters: { applicationId: { __rl: true, mode: 'id', value: '1' }, returnAll: true },
		requests: [{ method: 'GET', rawTarget: '/v1/applications/1/event_types?pageSize=1000&skip=0' }],
		pairedItems: [0, 0],
		verify: (output) => expect(output).toEqual([{ name: 'newsletter_signup' }, { name: 'product_review' }]),
	},
];
