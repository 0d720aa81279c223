import type { IDataObject } from 'n8n-workflow';
import { pointsOf, transactionUUID, transactionsOf } from '../../tools/fake-talon-one/resources/loyalty/state';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import type { OperationCase } from './case';

/** Workflow runs of the loyalty card operations (nodes/TalonOne/operations/loyaltyCard/), on demo card DEMO-CARD-0001 of program 2. */

const card = { loyaltyProgramId: 2, loyaltyCardId: 'DEMO-CARD-0001' };
const cardPath = '/v1/loyalty_programs/2/cards/DEMO-CARD-0001';
const linkPath = '/v2/loyalty_programs/2/cards/DEMO-CARD-0001';

const cardPoints = (server: FakeTalonOne) => pointsOf(transactionsOf(server.state, 2, { cardIdentifier: 'DEMO-CARD-0001' }), Date.now());
const linked = (json: IDataObject) => (json.profiles as IDataObject[]).map((p) => p.integrationId);

/** Points on the demo card in three partner subledgers (transactions 7, 8 and 9 after the seed's six). */
function partnerPoints(server: FakeTalonOne): void {
	for (const [subledgerId, name] of [['partner-cafe', 'Coffee'], ['partner-cinema', 'Cinema'], ['partner-books', 'Books']]) {
		server.given('addLoyaltyCardPoints', { pathParams: card, body: { points: 5, subledgerId, name } });
	}
}

export const cases: OperationCase[] = [
	{
		operationId: 'generateLoyaltyCard',
		title: 'a card with our own number, linked to a customer',
		parameters: { loyaltyProgramId: 2, additionalFields: { cardIdentifier: 'CARD-NEW-1', customerProfileIds: 'demo-customer-2' } },
		requests: [{ method: 'POST', rawTarget: '/v1/loyalty_programs/2/cards', body: { cardIdentifier: 'CARD-NEW-1', customerProfileIds: ['demo-customer-2'] } }],
		verify: ([json], server) => {
			expect(json).toMatchObject({ identifier: 'CARD-NEW-1', status: 'active', programID: 2, ledger: { currentBalance: 0 } });
			expect(linked(json)).toEqual(['demo-customer-2']);
			expect(server.state.loyaltyCards.has('2:CARD-NEW-1')).toBe(true);
		},
	},
	{
		operationId: 'linkLoyaltyCardToProfile',
		title: 'link a second customer to the card',
		parameters: { ...card, integrationId: 'demo-customer-2' },
		requests: [{ method: 'POST', rawTarget: `${linkPath}/link_profile`, body: { integrationId: 'demo-customer-2' } }],
		verify: ([json]) => expect(linked(json)).toEqual(['demo-customer-1', 'demo-customer-2']),
	},
	{
		operationId: 'unlinkLoyaltyCardFromProfile',
		title: 'unlink the customer; the points stay on the card',
		parameters: { ...card, integrationId: 'demo-customer-1' },
		requests: [{ method: 'POST', rawTarget: `${linkPath}/unlink_profile`, body: { integrationId: 'demo-customer-1' } }],
		verify: ([json]) => {
			expect(linked(json)).toEqual([]);
			expect(json.ledger).toMatchObject({ currentBalance: 50, expiredBalance: 25 });
		},
	},
	{
		operationId: 'getLoyaltyCardBalances',
		title: 'Simplify: points and the linked customers in plain fields',
		parameters: card,
		requests: [{ method: 'GET', rawTarget: `${cardPath}/balances` }],
		verify: ([json]) =>
			expect(json).toEqual({
				...card,
				activePoints: 50,
				pendingPoints: 0,
				spentPoints: 0,
				expiredPoints: 25,
				negativePoints: 0,
				currentTier: null,
				nextTier: null,
				pointsToNextTier: null,
				subledgers: {},
				linkedCustomerProfileIds: ['demo-customer-1'],
			}),
	},
	{
		operationId: 'getLoyaltyCardBalances',
		title: 'only two of three subledgers: Subledger IDs sent as the parameter repeated',
		setup: partnerPoints,
		parameters: { ...card, subledgerId: 'partner-cafe, partner-cinema' },
		requests: [{ method: 'GET', rawTarget: `${cardPath}/balances?subledgerId=partner-cafe&subledgerId=partner-cinema` }],
		verify: ([json]) => {
			expect(json.activePoints).toBe(50);
			expect(Object.keys(json.subledgers as IDataObject)).toEqual(['partner-cafe', 'partner-cinema']);
		},
	},
	{
		operationId: 'getLoyaltyCardPoints',
		title: 'expired points of the card',
		parameters: { ...card, status: 'expired' },
		requests: [{ method: 'GET', rawTarget: `${cardPath}/points?status=expired&pageSize=50&skip=0` }],
		verify: ([json]) => expect(json).toMatchObject({ name: 'Summer bonus', amount: 25, expiryDate: '2024-09-30T23:59:59.000Z' }),
	},
	{
		operationId: 'getLoyaltyCardTransactions',
		title: 'Return All: every transaction of the card',
		parameters: { ...card, returnAll: true },
		requests: [{ method: 'GET', rawTarget: `${cardPath}/transactions?pageSize=1000&skip=0` }],
		verify: (output) => expect(output.map((t) => [t.name, t.amount, t.cardIdentifier])).toEqual([
			['Summer bonus', 25, 'DEMO-CARD-0001'],
			['Welcome bonus', 50, 'DEMO-CARD-0001'],
		]),
	},
	{
		operationId: 'getLoyaltyCardPoints',
		title: 'active points of the transactions named, typed comma-separated',
		setup: partnerPoints,
		parameters: { ...card, status: 'active', filters: { transactionUUIDs: `${transactionUUID(5)}, ${transactionUUID(8)}` } },
		requests: [{ method: 'GET', rawTarget: `${cardPath}/points?status=active&transactionUUIDs=${transactionUUID(5)}&transactionUUIDs=${transactionUUID(8)}&pageSize=50&skip=0` }],
		verify: (output) => expect(output.map((p) => [p.name, p.subledgerId])).toEqual([
			['Welcome bonus', ''],
			['Cinema', 'partner-cinema'],
		]),
	},
	{
		operationId: 'getLoyaltyCardTransactions',
		title: 'only some subledgers: Subledger IDs from an expression that returns a list',
		setup: partnerPoints,
		parameters: { ...card, returnAll: true, filters: { subledgerId: '={{ $json.subledgers }}' } },
		inputItems: [{ subledgers: ['partner-cafe', 'partner-books'] }],
		requests: [{ method: 'GET', rawTarget: `${cardPath}/transactions?subledgerId=partner-cafe&subledgerId=partner-books&pageSize=1000&skip=0` }],
		verify: (output) => expect(output.map((t) => [t.name, t.subledgerId])).toEqual([
			['Books', 'partner-books'],
			['Coffee', 'partner-cafe'],
		]),
	},
	{
		operationId: 'addLoyaltyCardPoints',
		title: 'add pending points to a card with a management key',
		scheme: 'managementKey',
		parameters: { ...card, points: 10, additionalFields: { name: 'Welcome bonus', pendingDuration: '14D' } },
		requests: [{ method: 'PUT', rawTarget: `${cardPath}/add_points`, body: { points: 10, name: 'Welcome bonus', pendingDuration: '14D' } }],
		verify: ([json], server) => {
			expect(json).toEqual({ success: true, ...card });
			expect(cardPoints(server)).toMatchObject({ activePoints: 50, pendingPoints: 10 });
		},
	},
	{
		operationId: 'deductLoyaltyCardPoints',
		title: 'deduct points from a card',
		scheme: 'managementKey',
		parameters: { ...card, points: 5 },
		requests: [{ method: 'PUT', rawTarget: `${cardPath}/deduct_points`, body: { points: 5 } }],
		verify: (_output, server) => expect(cardPoints(server)).toMatchObject({ activePoints: 45, spentPoints: 5 }),
	},
	{
		operationId: 'getLoyaltyCard',
		title: 'a card with its ledger and linked customers',
		scheme: 'managementKey',
		parameters: card,
		requests: [{ method: 'GET', rawTarget: cardPath }],
		verify: ([json]) => expect(json).toMatchObject({ identifier: 'DEMO-CARD-0001', programTitle: 'Demo Loyalty Cards', ledger: { currentBalance: 50 } }),
	},
	{
		operationId: 'getLoyaltyCards',
		title: 'Return All with a filter: the cards whose identifier contains DEMO',
		scheme: 'managementKey',
		parameters: { loyaltyProgramId: 2, returnAll: true, filters: { identifier: 'DEMO' } },
		requests: [{ method: 'GET', rawTarget: '/v1/loyalty_programs/2/cards?identifier=DEMO&pageSize=1000&skip=0' }],
		verify: (output) => expect(output.map((c) => c.identifier)).toEqual(['DEMO-CARD-0001']),
	},
];
