import type { OperationCase } from './case';

/** Workflow runs of the attribute operations (nodes/TalonOne/operations/attribute/). */
export const cases: OperationCase[] = [
	{
		operationId: 'getAttributes',
		title: "a customer profile's attributes, all pages",
		scheme: 'managementKey',
		parameters: { filters: { entity: 'CustomerProfile' }, returnAll: true },
		requests: [{ method: 'GET', rawTarget: '/v1/attributes?entity=CustomerProfile&pageSize=1000&skip=0' }],
		pairedItems: [0, 0],
		verify: (output) => expect(output.map(({ name, type }) => `${name}: ${type}`)).toEqual(['loyaltyTier: string', 'birthday: time']),
	},
	{
		operationId: 'getAttributes',
		title: 'searched by name, at most one',
		scheme: 'bearerToken',
		parameters: { filters: { search: 'color' }, limit: 1 },
		requests: [{ method: 'GET', rawTarget: '/v1/attributes?search=color&pageSize=1&skip=0' }],
		verify: (output) => expect(output).toEqual([expect.objectContaining({ entity: 'CartItem', name: 'color', title: 'Color' })]),
	},
];
