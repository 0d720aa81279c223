import type { IDataObject } from 'n8n-workflow';
import { bySubledger, pointsOf, transactionUUID, transactionsOf } from '../../tools/fake-talon-one/resources/loyalty/state';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import type { OperationCase } from './case';

/** Workflow runs of the loyalty operations (nodes/TalonOne/operations/loyalty/), on the demo ledger of demo-customer-1. */

const ledger = '/v1/loyalty_programs/1/profile/demo-customer-1';
const customer = { loyaltyProgramId: 1, integrationId: 'demo-customer-1' };

/** demo-customer-1's balance in the fake's ledger now (main ledger, or one subledger). */
function balanceOf(server: FakeTalonOne, subledgerId = '') {
	const transactions = transactionsOf(server.state, 1, { profileId: 'demo-customer-1' });
	return pointsOf(bySubledger(transactions).get(subledgerId) ?? [], Date.now());
}

export const cases: OperationCase[] = [
	{
		operationId: 'getLoyaltyBalances',
		title: 'Simplify (the default): points, tier and each subledger in plain fields',
		parameters: customer,
		requests: [{ method: 'GET', rawTarget: `${ledger}/balances?includeTiers=true&includeProjectedTier=false` }],
		verify: ([json]) =>
			expect(json).toEqual({
				...customer,
				activePoints: 120,
				pendingPoints: 40,
				spentPoints: 30,
				expiredPoints: 0,
				negativePoints: 0,
				currentTier: 'Bronze',
				nextTier: 'Silver',
				pointsToNextTier: 80,
				subledgers: {
					'partner-cafe': {
						activePoints: 80,
						pendingPoints: 0,
						spentPoints: 0,
						expiredPoints: 0,
						negativePoints: 0,
						currentTier: 'Bronze',
						nextTier: 'Silver',
						pointsToNextTier: 120,
					},
				},
			}),
	},
	{
		operationId: 'getLoyaltyBalances',
		title: "one subledger, projected tier, Simplify off: Talon.One's answer",
		parameters: { ...customer, subledgerId: 'partner-cafe', includeTiers: false, includeProjectedTier: true, simplify: false },
		requests: [{ method: 'GET', rawTarget: `${ledger}/balances?includeTiers=false&includeProjectedTier=true&subledgerId=partner-cafe` }],
		verify: ([json]) =>
			expect(json).toEqual({
				balance: {
					activePoints: 80,
					pendingPoints: 0,
					spentPoints: 0,
					expiredPoints: 0,
					negativePoints: 0,
					projectedTier: { projectedActivePoints: 80, projectedTierName: 'Bronze' },
				},
				subledgerBalances: {
					'partner-cafe': {
						activePoints: 80,
						pendingPoints: 0,
						spentPoints: 0,
						expiredPoints: 0,
						negativePoints: 0,
						projectedTier: { projectedActivePoints: 80, projectedTierName: 'Bronze' },
					},
				},
			}),
	},
	{
		operationId: 'getLoyaltyProgramProfilePoints',
		title: 'pending points: the order points waiting for activation',
		parameters: { ...customer, status: 'pending' },
		requests: [{ method: 'GET', rawTarget: `${ledger}/points?status=pending&pageSize=50&skip=0` }],
		verify: ([json]) => expect(json).toMatchObject({ name: 'Points for order', amount: 40, startDate: 'on_action', customerSessionId: 'demo-order-1' }),
	},
	{
		operationId: 'getLoyaltyProgramProfilePoints',
		title: 'active points in one subledger, of the transactions given as a list',
		parameters: { ...customer, status: 'active', filters: { subledgerId: 'partner-cafe', transactionUUIDs: '={{ $json.transactions }}' } },
		inputItems: [{ transactions: [transactionUUID(1), transactionUUID(4)] }],
		requests: [
			{ method: 'GET', rawTarget: `${ledger}/points?status=active&subledgerId=partner-cafe&transactionUUIDs=${transactionUUID(1)}&transactionUUIDs=${transactionUUID(4)}&pageSize=50&skip=0` },
		],
		verify: (output) => expect(output.map((p) => [p.name, p.subledgerId])).toEqual([['Coffee partner points', 'partner-cafe']]),
	},
	{
		operationId: 'getLoyaltyProgramProfileTransactions',
		title: 'Return All: one output item per transaction, newest first',
		parameters: { ...customer, returnAll: true },
		requests: [{ method: 'GET', rawTarget: `${ledger}/transactions?pageSize=1000&skip=0` }],
		verify: (output) => {
			expect(output.map((t) => [t.type, t.amount, t.subledgerId])).toEqual([
				['addition', 80, 'partner-cafe'],
				['addition', 40, ''],
				['subtraction', 30, ''],
				['addition', 150, ''],
			]);
		},
	},
	{
		operationId: 'getLoyaltyProgramProfileTransactions',
		title: 'filters and Limit: the newest manual transaction',
		parameters: { ...customer, limit: 1, filters: { loyaltyTransactionType: 'manual', subledgerId: '', awaitsActivation: false } },
		requests: [{ method: 'GET', rawTarget: `${ledger}/transactions?loyaltyTransactionType=manual&awaitsActivation=false&pageSize=1&skip=0` }],
		verify: ([json]) => expect(json).toMatchObject({ type: 'addition', name: 'Coffee partner points', amount: 80, subledgerId: 'partner-cafe' }),
	},
	{
		operationId: 'getLoyaltyProgramProfileTransactions',
		title: 'only the transactions of some orders: Customer Session IDs sent as the parameter repeated',
		parameters: { ...customer, returnAll: true, filters: { customerSessionIDs: 'demo-order-1, order-9999' } },
		requests: [{ method: 'GET', rawTarget: `${ledger}/transactions?customerSessionIDs=demo-order-1&customerSessionIDs=order-9999&pageSize=1000&skip=0` }],
		verify: (output) => expect(output.map((t) => [t.name, t.customerSessionId])).toEqual([['Points for order', 'demo-order-1']]),
	},
	{
		operationId: 'getLoyaltyProgramProfileTransactions',
		title: 'only some transactions: Transaction UUIDs from an expression that returns a list',
		parameters: { ...customer, returnAll: true, filters: { transactionUUIDs: '={{ $json.transactions }}' } },
		inputItems: [{ transactions: [transactionUUID(1), transactionUUID(2)] }],
		requests: [{ method: 'GET', rawTarget: `${ledger}/transactions?transactionUUIDs=${transactionUUID(1)}&transactionUUIDs=${transactionUUID(2)}&pageSize=1000&skip=0` }],
		verify: (output) => expect(output.map((t) => t.name)).toEqual(['Reward: free shipping', 'Welcome bonus']),
	},
	{
		operationId: 'activateLoyaltyPoints',
		title: 'activate the pending points of an order; they count as active afterwards',
		parameters: { loyaltyProgramId: 1, additionalFields: { sessionId: 'demo-order-1' } },
		requests: [{ method: 'POST', rawTarget: '/v1/loyalty_programs/1/activate_points', body: { sessionId: 'demo-order-1' } }],
		verify: ([json], server) => {
			expect((json.ledgerEntries as IDataObject[]).map((e) => [e.customerProfileID, e.amount, e.name])).toEqual([['demo-customer-1', 40, 'Points for order']]);
			expect(balanceOf(server)).toMatchObject({ activePoints: 160, pendingPoints: 0 });
		},
	},
	{
		operationId: 'deleteLoyaltyTransactionsFromLedgers',
		title: 'delete the transactions of one subledger; the main ledger stays',
		parameters: { ...customer, scope: 'SelectedSubledgers', additionalFields: { subledgerIds: 'partner-cafe' } },
		requests: [
			{ method: 'POST', rawTarget: `${ledger}/delete_transactions`, body: { scope: 'SelectedSubledgers', subledgerIds: ['partner-cafe'] } },
		],
		verify: ([json], server) => {
			expect(json).toEqual({ success: true, ...customer });
			expect(balanceOf(server, 'partner-cafe').activePoints).toBe(0);
			expect(balanceOf(server).activePoints).toBe(120);
		},
	},
	{
		operationId: 'addLoyaltyPoints',
		title: 'add points for a review with a management key: reason, subledger, pending period, the Application picked from the list',
		scheme: 'managementKey',
		parameters: {
			loyaltyProgramId: '1',
			integrationId: 'demo-customer-1',
			points: 25,
			additionalFields: {
				name: 'Product review',
				subledgerId: 'reviews',
				pendingDuration: '14D',
				validityDuration: '12M',
				applicationId: { __rl: true, mode: 'list', value: '1', cachedResultName: 'Fake Shop (ID 1)' },
			},
		},
		requests: [
			{
				method: 'PUT',
				rawTarget: `${ledger}/add_points`,
				body: { points: 25, name: 'Product review', subledgerId: 'reviews', validityDuration: '12M', pendingDuration: '14D', applicationId: 1 },
			},
		],
		verify: ([json], server) => {
			expect(json).toEqual({ success: true, loyaltyProgramId: '1', integrationId: 'demo-customer-1' });
			expect(balanceOf(server, 'reviews')).toMatchObject({ activePoints: 0, pendingPoints: 25 });
		},
	},
	{
		operationId: 'removeLoyaltyPoints',
		title: 'deduct points with a bearer token',
		scheme: 'bearerToken',
		parameters: { loyaltyProgramId: '1', integrationId: 'demo-customer-1', points: 20, additionalFields: { name: 'Reward redeemed in store' } },
		requests: [{ method: 'PUT', rawTarget: `${ledger}/deduct_points`, body: { points: 20, name: 'Reward redeemed in store' } }],
		verify: (_output, server) => expect(balanceOf(server)).toMatchObject({ activePoints: 100, spentPoints: 50 }),
	},
	{
		operationId: 'getLoyaltyLedgerBalances',
		title: 'the same balances through the Management API',
		scheme: 'managementKey',
		parameters: customer,
		requests: [{ method: 'GET', rawTarget: `${ledger}/ledger_balances?includeTiers=true&includeProjectedTier=false` }],
		verify: ([json]) => expect(json).toMatchObject({ ...customer, activePoints: 120, currentTier: 'Bronze', pointsToNextTier: 80 }),
	},
];
