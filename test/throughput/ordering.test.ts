import type { IDataObject } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { RateLimiter } from '../../nodes/TalonOne/execute/scheduler';
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
		expect(output.map((o) => o.customerSessionId)).toEqual(items.map((i) => i.session));
	});

	test('requests for different sessions do run concurrently: all 8 are in flight at once', async () => {
		server.setLatency(300);
		await runOperation(server, 'updateCustomerSessionV2', { ...sessionUpdate, options: { maxParallel: 8 } }, { inputItems: updates(8, 8) });
		expect(server.maxInFlight).toBe(8);
	});

	test('Max Parallel Requests 1 sends strictly one after another', async () => {
		server.setLatency(20);
		await runOperation(server, 'updateCustomerSessionV2', { ...sessionUpdate, options: { maxParallel: 1 } }, { inputItems: updates(5, 5) });
		expect(server.requests).toHaveLength(5);
		expect(server.maxInFlight).toBe(1);
	});
});

describe('Max Requests per Second (fake timers: counted, not timed)', () => {
	afterEach(() => {
		jest.useRealTimers();
		jest.restoreAllMocks();
	});

	test('the option puts every request start through the limiter', async () => {
		const wait = jest.spyOn(RateLimiter.prototype, 'wait');
		await runOperation(server, 'updateCustomerSessionV2', { ...sessionUpdate, options: { maxParallel: 8, maxRequestsPerSecond: 1000 } }, {
			inputItems: updates(10, 10),
		});
		expect(server.requests).toHaveLength(10);
		expect(wait).toHaveBeenCalledTimes(10);
	});

	test('20 per second lets one request start every 50 ms and no more', async () => {
		jest.useFakeTimers({ now: 0 });
		const limiter = new RateLimiter(20);
		const started: number[] = [];
		for (let i = 0; i < 10; i++) void limiter.wait().then(() => started.push(i));
		await jest.advanceTimersByTimeAsync(0);
		expect(started).toEqual([0]);
		for (let step = 1; step < 10; step++) {
			await jest.advanceTimersByTimeAsync(49);
			expect(started).toHaveLength(step);
			await jest.advanceTimersByTimeAsync(1);
			expect(started).toHaveLength(step + 1);
		}
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
