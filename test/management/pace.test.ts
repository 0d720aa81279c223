/** Talon.One's 3 requests per second per Management endpoint, kept by the node (counted, never timed). */
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { EndpointPace, MANAGEMENT_INTERVAL_MS, MANAGEMENT_WINDOW_MS, managementPace } from '../../nodes/TalonOne/transport/endpointPace';
import { jsonOf, runOperation, useFakeServer } from '../support/talonOne';

describe('EndpointPace hands out turns per endpoint (fake timers)', () => {
	beforeEach(() => jest.useFakeTimers({ now: 0 }));
	afterEach(() => jest.useRealTimers());

	/** Asks for `count` turns to `endpoint` at once; each request is answered `answerAfterMs` after it starts. */
	function requests(pace: EndpointPace, endpoint: string, count: number, answerAfterMs: (index: number) => number, starts: number[]) {
		return Promise.all(
			Array.from({ length: count }, async (_v, index) => {
				const answered = await pace.turn(endpoint);
				starts.push(Date.now());
				setTimeout(answered, answerAfterMs(index));
			}),
		);
	}

	test('fast answers: starts spread over the second, never 4 within 1000 ms; other endpoints do not wait', async () => {
		const pace = new EndpointPace();
		const a: number[] = [];
		const b: number[] = [];
		const all = Promise.all([requests(pace, 'GET /a', 7, () => 5, a), requests(pace, 'GET /b', 2, () => 5, b)]);
		await jest.advanceTimersByTimeAsync(0);
		expect([a, b]).toEqual([[0], [0]]);
		await jest.advanceTimersByTimeAsync(10_000);
		await all;
		expect(a).toHaveLength(7);
		for (let i = 1; i < a.length; i++) expect(a[i] - a[i - 1]).toBeGreaterThanOrEqual(MANAGEMENT_INTERVAL_MS);
		for (let i = 3; i < a.length; i++) expect(a[i] - a[i - 3]).toBeGreaterThan(1000);
		expect(b).toEqual([0, MANAGEMENT_INTERVAL_MS]);
	});

	test('a slow answer holds back the request three after it: arrivals cannot bunch up behind a slow network', async () => {
		const pace = new EndpointPace();
		const starts: number[] = [];
		const all = requests(pace, 'GET /a', 4, (index) => (index === 0 ? 3000 : 5), starts);
		await jest.advanceTimersByTimeAsync(10_000);
		await all;
		expect(starts.slice(0, 3)).toEqual([0, MANAGEMENT_INTERVAL_MS, 2 * MANAGEMENT_INTERVAL_MS]);
		expect(starts[3]).toBe(3000 + MANAGEMENT_WINDOW_MS);
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
