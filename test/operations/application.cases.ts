import type { OperationCase } from './case';

/** Workflow runs of the application operations (nodes/TalonOne/operations/application/). */
export const cases: OperationCase[] = [
	{
		operationId: 'getApplication',
		title: 'picked from the list (a resource locator value)',
		scheme: 'managementKey',
		parameters: { applicationId: { __rl: true, mode: 'list', value: '1', cachedResultName: 'Fake Shop (ID 1)' } },
		requests: [{ method: 'GET', rawTarget: '/v1/applications/1' }],
		verify: ([json]) => expect(json).toMatchObject({ id: 1, name: 'Fake Shop', currency: 'EUR' }),
	},
	{
		operationId: 'getApplication',
		title: 'the ID from the input with an expression, with a bearer token',
		scheme: 'bearerToken',
		inputItems: [{ app: 2 }],
		parameters: { applicationId: { __rl: true, mode: 'id', value: '={{ $json.app }}' } },
		requests: [{ method: 'GET', rawTarget: '/v1/applications/2' }],
		verify: ([json]) => expect(json).toMatchObject({ id: 2, name: 'Fake Shop Staging' }),
	},
	{
		operationId: 'getApplications',
		title: 'return all: one output item per application',
		scheme: 'managementKey',
		parameters: { returnAll: true },
		requests: [{ method: 'GET', rawTarget: '/v1/applications?pageSize=1000&skip=0' }],
		verify: (output) => expect(output.map((json) => json.name)).toEqual(['Fake Shop', 'Fake Shop Staging']),
	},
	{
		operationId: 'getApplications',
		title: 'limit 1',
		scheme: 'managementKey',
		parameters: { returnAll: false, limit: 1 },
		requests: [{ method: 'GET', rawTarget: '/v1/applications?pageSize=1&skip=0' }],
		verify: (output) => expect(output.map((json) => json.id)).toEqual([1]),
	},
];
