/**
 * One loyalty ledger behind both APIs: points added through the Management API and points earned by
 * a closed session show up in the Integration API's balances and history; adding points is never
 * sent twice.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { jsonOf, runOperation, useFakeServer, type Scheme } from '../support/talonOne';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));

const customer = { loyaltyProgramId: 1, integrationId: 'demo-customer-2' };

async function output(operationId: string, parameters: INodeParameters, scheme?: Scheme): Promise<IDataObject[]> {
	const result = await runOperation(server, operationId, parameters, { scheme });
	expect(result.error).toBeUndefined();
	return jsonOf(result);
}

const balance = async () => (await output('getLoyaltyBalances', customer))[0];

test('points added with the Management API are in the Integration API balance and history', async () => {
	await output('addLoyaltyPoints', { ...customer, loyaltyProgramId: '1', points: 300, additionalFields: { name: 'Goodwill' } }, 'managementKey');
	await output('addLoyaltyPoints', { ...customer, loyaltyProgramId: '1', points: 20, additionalFields: { pendingDuration: 'on_action' } }, 'managementKey');
	expect(await balance()).toMatchObject({ activePoints: 300, pendingPoints: 20, currentTier: 'Silver', nextTier: 'Gold', pointsToNextTier: 200 });
	const history = await output('getLoyaltyProgramProfileTransactions', { ...customer, returnAll: true });
	expect(history.map((t) => [t.name, t.amount, t.startDate === 'on_action'])).toEqual([
		['Manual addition', 20, true],
		['Goodwill', 300, false],
	]);
	await output('removeLoyaltyPoints', { ...customer, loyaltyProgramId: '1', points: 150 }, 'managementKey');
	expect(await balance()).toMatchObject({ activePoints: 150, spentPoints: 150, currentTier: 'Bronze' });
});

test('a closed session over 100 books its points: summary, balance and a session transaction agree', async () => {
	const cartItems = { item: [{ name: 'Jacket', sku: 'JACKET-1', quantity: 1, price: 180 }] };
	const session = (id: string, extra: IDataObject = {}) => ({ customerSessionId: id, cartItems, additionalFields: { profileId: 'demo-customer-2', state: 'closed' }, ...extra });
	const [preview] = await output('updateCustomerSessionV2', session('order-dry', { preview: { dry: true } }));
	expect(preview.loyaltyPointsAdded).toBe(180);
	expect((await balance()).activePoints).toBe(0);

	const [closed] = await output('updateCustomerSessionV2', session('order-3001'));
	expect(closed).toMatchObject({ state: 'closed', loyaltyPointsAdded: 180, triggeredCampaigns: expect.arrayContaining([{ id: 3 }]) });
	expect(await balance()).toMatchObject({ activePoints: 180, currentTier: 'Bronze', pointsToNextTier: 20 });
	const [earned] = await output('getLoyaltyProgramProfileTransactions', { ...customer, filters: { loyaltyTransactionType: 'session' } });
	expect(earned).toMatchObject({ customerSessionId: 'order-3001', amount: 180, type: 'addition', ruleName: 'Points on orders over 100' });
});

test('Add Points whose answer is lost is not sent again: the points are booked once and the item says to check', async () => {
	server.setFaults([{ kind: 'resetAfterApply', times: 1 }]);
	const result = await runOperation(server, 'addLoyaltyPoints', { ...customer, loyaltyProgramId: '1', points: 40 }, { scheme: 'managementKey' });
	expect(result.error?.message).toMatch(/connection to Talon\.One .* failed/);
	expect((result.error as { description?: string }).description).toMatch(/may or may not have reached Talon\.One/);
	expect(server.requests.filter((r) => r.operationId === 'addLoyaltyPoints')).toHaveLength(1);
	server.setFaults([]);
	expect((await balance()).activePoints).toBe(40);
});

test('reopening a closed session takes its points back', async () => {
	const cartItems = { item: [{ name: 'Jacket', sku: 'JACKET-1', quantity: 1, price: 150 }] };
	await output('updateCustomerSessionV2', { customerSessionId: 'order-3002', cartItems, additionalFields: { profileId: 'demo-customer-2', state: 'closed' } });
	expect((await balance()).activePoints).toBe(150);
	const [reopened] = await output('reopenCustomerSession', { customerSessionId: 'order-3002', simplify: false });
	expect((reopened.effects as IDataObject[]).map((e) => e.effectType)).toContain('rollbackAddedLoyaltyPoints');
	expect(await balance()).toMatchObject({ activePoints: 0, spentPoints: 150 });
});
