/** Talon.One's 3 requests per second per Management endpoint, kept by the node (counted, never timed). */
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { EndpointPace, MANAGEMENT_INTERVAL_MS, managementPace } from '../../nodes/TalonOne/transport/endpointPace';
import { jsonOf, runOperation, useFakeServer } from '../support/talonOne';

describe('EndpointPace hands out start times per endpoint (fake timers)', () => {
	beforeEach(() => jest.useFakeTimers({ now: 0 }));
	afterEach(() => jest.useRealTimers());

	test('at most 3 starts per endpoint in any 1000 ms; other endpoints do not wait', async () => {
		const pace = new EndpointPace(MANAGEMENT_INTERVAL_MS);
		const started: Array<{ endpoint: string; at: number }> = [];
		const ask = (endpoint: string) => pace.turn(endpoint).then(() => started.push({ endpoint, at: Date.now() }));
		const all = Promise.all([...Array.from({ length: 7 }, () => ask('GET /a')), ask('GET /b'), ask('GET /b')]);
		await jest.advanceTimersByTimeAsync(0);
		expect(started.map((s) => s.endpoint)).toEqual(['GET /a', 'GET /b']);
		await jest.advanceTimersByTimeAsync(10_000);
		await all;
		const a = started.filter((s) => s.endpoint === 'GET /a').map((s) => s.at);
		expect(a).toHaveLength(7);
		for (let i = 3; i < a.length; i++) expect(a[i] - a[i - 3]).toBeGreaterThan(1000);
		expect(started.filter((s) => s.endpoint === 'GET /b').map((s) => s.at)).toEqual([0, MANAGEMENT_INTERVAL_MS]);
	});
});

describe('a run of Management requests against the fake 3-per-second limit', () => {
	let server: FakeTalonOne;
	useFakeServer((started) => (server = started));

	test('without pacing the fake answers 429 beyond 3 at once (the limit the runs below keep is real)', async () => {
		const authorization = `ManagementKey-v1 ${server.options.managementKey}`;
		const statuses = await Promise.all(
			Array.from({ length: 5 }, async () => (await fetch(`${server.url}/v1/applications/1`, { headers: { authorization } })).status),
		);
		expect(statuses.filter((status) => status === 429)).toHaveLength(2);
	});

	test('7 items in parallel, retries off: every request answered 200, none 429', async () => {
		const result = await runOperation(server, 'getApplication', { applicationId: '={{ $json.app }}', options: { maxRetries: 0, maxParallel: 7 } }, {
			scheme: 'managementKey',
			inputItems: Array.from({ length: 7 }, (_v, i) => ({ app: (i % 2) + 1 })),
		});
		expect(result.error).toBeUndefined();
		expect(jsonOf(result).map((json) => json.id)).toEqual([1, 2, 1, 2, 1, 2, 1]);
		expect(server.requests.map((r) => r.status)).toEqual(Array(7).fill(200));
	});

	test('a retry waits its turn too', async () => {
		server.setFaults([{ kind: 'status', status: 429, headers: { 'retry-after': '0' }, match: { operationId: 'getApplication' }, times: 1 }]);
		const turn = jest.spyOn(managementPace, 'turn');
		const result = await runOperation(server, 'getApplication', { applicationId: 1 }, { scheme: 'managementKey' });
		expect(result.error).toBeUndefined();
		expect(server.requests.map((r) => r.status)).toEqual([429, 200]);
		expect(turn).toHaveBeenCalledTimes(2);
		turn.mockRestore();
	});
});
