/** Max Parallel Requests against the fake server: Auto grows and stays under its cap, a stored number stays fixed, 429s pace the run. Counted, not timed. */
import type { INodeParameters } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { AUTO_PARALLEL } from '../../nodes/TalonOne/execute/concurrency';
import { runOperation, useFakeServer } from '../support/talonOne';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));

const sessionUpdate = {
	customerSessionId: '={{ $json.session }}',
	additionalFields: { attributes: { attribute: [{ name: 'seq', type: 'number', value: '={{ $json.seq }}' }] } },
};
const updates = (count: number) => Array.from({ length: count }, (_v, i) => ({ session: `s-${i}`, seq: i }));

async function run(options: INodeParameters, count: number) {
	const result = await runOperation(server, 'updateCustomerSessionV2', { ...sessionUpdate, options }, { inputItems: updates(count), continueOnFail: true });
	expect(result.items.filter((i) => i.json.error !== undefined)).toEqual([]);
	expect(server.writes).toHaveLength(count);
}

test('by default (Auto) the node sends more than 8 at once while answers stay fast, and never more than 64', async () => {
	server.setLatency(30);
	await run({}, 600);
	expect(server.maxInFlight).toBeGreaterThan(AUTO_PARALLEL.initial);
	expect(server.maxInFlight).toBeLessThanOrEqual(AUTO_PARALLEL.max);
});

test('Auto with Max Parallel Requests 4 stays at 4 or fewer', async () => {
	server.setLatency(20);
	await run({ parallelMode: 'auto', maxParallel: 4 }, 100);
	expect(server.maxInFlight).toBeLessThanOrEqual(4);
});

test('a workflow that stored only Max Parallel Requests keeps exactly that number', async () => {
	server.setLatency(30);
	await run({ maxParallel: 3 }, 60);
	expect(server.maxInFlight).toBe(3);
});

test('Fixed without a number uses 5', async () => {
	server.setLatency(30);
	await run({ parallelMode: 'fixed' }, 60);
	expect(server.maxInFlight).toBe(5);
});

test('Auto under a server limit of 100 per second: nothing lost or doubled, and after the first 429 few more', async () => {
	server.setLatency(5);
	server.setRateLimit({ perSecond: 100, retryAfterSeconds: 1 });
	await run({}, 300);
	const limited = server.requests.filter((r) => r.status === 429).length;
	// the first window's burst meets the limit with at most the requests then in flight; later windows stay under it
	expect(limited).toBeLessThanOrEqual(AUTO_PARALLEL.max);
	expect(server.requests).toHaveLength(300 + limited);
}, 60_000);
