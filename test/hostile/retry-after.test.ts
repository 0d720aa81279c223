import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { useFakeServer } from '../support/talonOne';
import { parseRetryAfter } from '../../nodes/TalonOne/transport/retry';
import { run, watchForSecrets } from './support';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

const now = Date.UTC(2030, 0, 1, 12, 0, 0);
const past = new Date(now - 60_000).toUTCString();

describe('A Retry-After that makes no sense is treated as absent: normal backoff, not an immediate retry', () => {
	test.each([
		['-5', '-5'],
		['a list "2, 3"', '2, 3'],
		['a past date', past],
		['a fraction "0.5"', '0.5'],
		['a word', 'soon'],
	])('%s', (_title, value) => {
		expect(parseRetryAfter(value, now)).toBeUndefined();
	});

	test('whole seconds and a future HTTP date are honoured', () => {
		expect(parseRetryAfter('0', now)).toBe(0);
		expect(parseRetryAfter(' 2 ', now)).toBe(2000);
		expect(parseRetryAfter(new Date(now + 5000).toUTCString(), now)).toBe(5000);
		expect(parseRetryAfter(['1', '2'], now)).toBeUndefined();
	});

	test.each(['-5', '2, 3', 'Mon, 01 Jan 2001 00:00:00 GMT'])('a 429 with Retry-After %p: the retry waits the first backoff step (0.375 s with jitter in the middle)', async (value) => {
		server.setFaults([{ kind: 'status', status: 429, headers: { 'retry-after': value }, times: 1 }]);
		const timers = jest.spyOn(global, 'setTimeout');
		// jitter in the middle: the first step of 0.5 s waits 0.25 s + 0.5 × 0.25 s
		const random = jest.spyOn(Math, 'random').mockReturnValue(0.5);
		const result = await run(server, 'trackEvent', { type: 'purchase', sessionId: 'order-1', options: { maxRetries: 1 } });
		const waits = timers.mock.calls.map(([, ms]) => ms);
		random.mockRestore();
		timers.mockRestore();
		expect(result.error).toBeUndefined();
		expect(server.requests.map((request) => request.status)).toEqual([429, 201]);
		expect(waits).toContain(375);
	});
});
