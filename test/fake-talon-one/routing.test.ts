/** Routing and request validation against the spec fixture. */
import { getSpec } from '../../tools/fake-talon-one/core/spec';
import { handlers } from '../../tools/fake-talon-one/resources';
import { operations } from '../../nodes/TalonOne/operations';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { call, useFakeTalonOne } from './client';

let server: FakeTalonOne;
useFakeTalonOne((started) => (server = started));

describe('validation and routing', () => {
	test('every operation of the node has a handler, validated against a spec fixture', () => {
		const served = getSpec().operations;
		expect(operations.filter((op) => !served.has(op.operationId) || !(op.operationId in handlers)).map((op) => op.operationId)).toEqual([]);
	});


	test('schema failure points at the offending field', async () => {
		const res = await call('PUT', '/v2/customer_sessions/bad', {
			body: { customerSession: { cartItems: [{ name: 'a', sku: 'b', quantity: 1, price: 'free' }] } },
		});
		expect(res.status).toBe(400);
		expect(res.json.message).toBe('Invalid request body');
		expect(res.json.errors[0]).toMatchObject({ details: 'must be number', source: { pointer: '/customerSession/cartItems/0/price' } });
		const missing = await call('POST', '/v1/events', { body: { type: 't', attributes: {} } });
		expect(missing.json.errors[0].source.pointer).toBe('/sessionId');
		expect(server.writes).toHaveLength(0);
	});

	test('invalid JSON, bad params, unknown route, wrong method', async () => {
		expect((await call('PUT', '/v2/customer_sessions/x', { rawBody: '{"customerSession":' })).status).toBe(400);
		expect((await call('PUT', '/v2/customer_sessions/x', { rawBody: '' })).status).toBe(400);
		const badId = await call('DELETE', '/v2/audiences/abc');
		expect(badId.status).toBe(400);
		expect(badId.json.errors[0].source.parameter).toBe('audienceId');
		expect((await call('PUT', '/v2/customer_sessions/x?dry=yes', { body: { customerSession: {} } })).status).toBe(400);
		expect((await call('GET', '/v1/customer_profiles/p/inventory?loyaltyProjectionEndDate=tomorrow')).status).toBe(400);
		const notFound = await call('GET', '/v3/nothing');
		expect(notFound.status).toBe(404);
		expect(notFound.json.StatusCode).toBe(404);
		const wrong = await call('GET', '/v2/audiences/1');
		expect(wrong.status).toBe(405);
		expect(wrong.headers.allow).toBe('DELETE, PUT');
	});

	test('list parameters: repeated where the spec explodes them, comma-separated where it says explode: false', async () => {
		server.given('addLoyaltyCardPoints', { pathParams: { loyaltyProgramId: 2, loyaltyCardId: 'DEMO-CARD-0001' }, body: { points: 5, subledgerId: 'a,b', name: 'With a comma' } });
		const card = '/v1/loyalty_programs/2/cards/DEMO-CARD-0001/transactions';
		const names = async (query: string) => ((await call('GET', `${card}?${query}`, { operationId: 'getLoyaltyCardTransactions' })).json.data as Array<{ name: string }>).map((t) => t.name);
		// each repeat is one value, and a comma is part of the value (percent-encoded or not)
		expect(await names('subledgerId=a%2Cb&subledgerId=other')).toEqual(['With a comma']);
		expect(await names('subledgerId=a,b')).toEqual(['With a comma']);
		expect(await names('subledgerId=a&subledgerId=b')).toEqual([]);
		expect(server.requests.at(-1)?.queryValues).toEqual({ subledgerId: ['a', 'b'] });
		// campaignIds is read once, split at commas; sent twice it is refused
		const running = async (query: string) => call('GET', `/v1/integration/campaigns?${query}`);
		expect(((await running('campaignIds=1,3')).json.data as Array<{ id: number }>).map((c) => c.id)).toEqual([1, 3]);
		const repeated = await running('campaignIds=1&campaignIds=3');
		expect(repeated.status).toBe(400);
		expect(repeated.json.errors[0]).toMatchObject({ source: { parameter: 'campaignIds' }, details: expect.stringContaining('separated by commas') });
	});
});
