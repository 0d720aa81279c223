import type { IDataObject } from 'n8n-workflow';
import type { FakeTalonOne } from '../fake-server';
import { jsonOf, runOperation, useFakeServer } from '../support/talonOne';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));

const sessionUpdate = {
	customerSessionId: '={{ $json.session }}',
	additionalFields: { attributes: { attribute: [{ name: 'seq', type: 'number', value: '={{ $json.seq }}' }] } },
};

function updates(count: number, sessions: number) {
	return Array.from({ length: count }, (_v, i) => ({ session: `s-${i % sessions}`, seq: i }));
}

/** The sequence numbers per session in the order the server applied them. */
function appliedOrder(): Map<string, number[]> {
	const order = new Map<string, number[]>();
	for (const write of server.writes) {
		const seq = ((write.body as IDataObject).customerSession as IDataObject).attributes as IDataObject;
		order.set(write.entityKey, [...(order.get(write.entityKey) ?? []), seq.seq as number]);
	}
	return order;
}

function expectInputOrder(order: Map<string, number[]>) {
	for (const seqs of order.values()) expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
}

describe('parallel requests keep per-entity order', () => {
	test('200 updates of 20 sessions with uneven latency: every session is updated in input order, output in input order', async () => {
		server.setFaults([{ kind: 'delay', ms: 15, fraction: 0.3, times: Infinity }]);
		const items = updates(200, 20);
		const result = await runOperation(server, 'updateCustomerSessionV2', { ...sessionUpdate, options: { maxParallel: 8 } }, { inputItems: items });
		expect(result.error).toBeUndefined();
		expectInputOrder(appliedOrder());
		expect(server.writes).toHaveLength(200);
		const output = jsonOf(result);
		expect(output.map((o) => (o.customerSession as IDataObject).integrationId)).toEqual(items.map((i) => i.session));
	});

	test('requests for different sessions do run concurrently', async () => {
		server.setLatency(50);
		const items = updates(8, 8);
		await runOperation(server, 'updateCustomerSessionV2', { ...sessionUpdate, options: { maxParallel: 8 } }, { inputItems: items });
		const arrivals = server.requests.map((r) => r.receivedAt);
		// Sequential sending would space arrivals by at least the 50 ms latency.
		expect(Math.max(...arrivals) - Math.min(...arrivals)).toBeLessThan(50);
	});

	test('Max Parallel Requests 1 sends strictly one after another', async () => {
		server.setLatency(20);
		await runOperation(server, 'updateCustomerSessionV2', { ...sessionUpdate, options: { maxParallel: 1 } }, { inputItems: updates(5, 5) });
		const arrivals = server.requests.map((r) => r.receivedAt);
		for (let i = 1; i < arrivals.length; i++) expect(arrivals[i] - arrivals[i - 1]).toBeGreaterThanOrEqual(19);
	});

	test('Max Requests per Second spaces request starts', async () => {
		await runOperation(server, 'updateCustomerSessionV2', { ...sessionUpdate, options: { maxParallel: 8, maxRequestsPerSecond: 20 } }, {
			inputItems: updates(10, 10),
		});
		const arrivals = server.requests.map((r) => r.receivedAt);
		expect(arrivals[9] - arrivals[0]).toBeGreaterThanOrEqual(9 * 50 - 5);
	});
});

describe('every item ends as exactly one success or one error item', () => {
	test('under 429s, 503s and refused requests: no item lost, none applied twice, order kept', async () => {
		server.setFaults(
			[
				{ kind: 'status', status: 429, headers: { 'retry-after': '0' }, fraction: 0.15, times: Infinity },
				{ kind: 'status', status: 503, fraction: 0.05, times: Infinity },
				{ kind: 'resetBeforeBody', fraction: 0.05, times: Infinity },
			],
			{ seed: 7 },
		);
		const items = updates(300, 30);
		const result = await runOperation(server, 'updateCustomerSessionV2', { ...sessionUpdate, options: { maxParallel: 6, maxRetries: 10 } }, {
			inputItems: items,
			continueOnFail: true,
		});
		const output = jsonOf(result);
		expect(output).toHaveLength(300);
		const successes = output.filter((o) => o.error === undefined).length;
		expect(server.writes).toHaveLength(successes);
		expect(new Set(server.writes.map((w) => JSON.stringify(w.body))).size).toBe(server.writes.length);
		expectInputOrder(appliedOrder());
		expect(result.items.map((i) => (i.pairedItem as { item: number }).item)).toEqual(items.map((_v, i) => i));
	}, 60_000);
});
