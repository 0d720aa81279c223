import type { IDataObject } from 'n8n-workflow';
import type { OperationCase } from './case';

/** Workflow runs of the loyalty program operations (nodes/TalonOne/operations/loyaltyProgram/). */
export const cases: OperationCase[] = [
	{
		operationId: 'getLoyaltyPrograms',
		title: 'one output item per program',
		scheme: 'managementKey',
		parameters: {},
		requests: [{ method: 'GET', rawTarget: '/v1/loyalty_programs' }],
		verify: (output) => expect(output.map((p) => [p.id, p.title, p.cardBased])).toEqual([[1, 'Demo Rewards', false], [2, 'Demo Loyalty Cards', true]]),
	},
	{
		operationId: 'getLoyaltyProgram',
		title: 'a program with its tiers',
		scheme: 'bearerToken',
		parameters: { loyaltyProgramId: 1 },
		requests: [{ method: 'GET', rawTarget: '/v1/loyalty_programs/1' }],
		verify: ([json]) => expect((json.tiers as IDataObject[]).map((t) => [t.name, t.minPoints])).toEqual([['Bronze', 0], ['Silver', 200], ['Gold', 500]]),
	},
];
