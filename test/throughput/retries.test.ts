import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { jsonOf, runOperation, useFakeServer } from '../support/talonOne';
import { mayRetry, mayRetryBrokenAnswer, parseRetryAfter, retryDelayMs } from '../../nodes/TalonOne/transport/retry';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));

const track = { type: 'purchase', sessionId: 'order-1' };
const putSession = { customerSessionId: 'order-1' };
const fast = { options: { maxRetries: 3 } };

describe('retry policy', () => {
	test.each([
		['POST', 429, undefined, true],
		['POST', 503, undefined, true],
		['POST', 502, undefined, false],
		['POST', 504, undefined, false],
		['POST', 500, undefined, false],
		['PUT', 502, undefined, true],
		['PUT', 504, undefined, true],
		['PUT', 500, undefined, false],
		['PUT', 400, undefined, false],
		['POST', undefined, 'ECONNREFUSED', true],
		['POST', undefined, 'ECONNRESET', false],
		['POST', undefined, 'UND_ERR_HEADERS_TIMEOUT', false],
		['PUT', undefined, 'ECONNRESET', true],
		['DELETE', undefined, 'UND_ERR_SOCKET', true],
		['GET', undefined, 'ENOTFOUND', false],
	])('%s answered %p / failed with %p: retry = %p', (method, status, code, expected) => {
		expect(mayRetry(method, status, code)).toBe(expected);
	});

	test.each([
		['PUT', 200, 'ECONNRESET', false],
		['POST', 201, 'UND_ERR_BODY_TIMEOUT', false],
		['GET', 200, 'ECONNRESET', true],
		['GET', 200, 'UND_ERR_BODY_TIMEOUT', true],
		['GET', 200, 'ANSWER_TOO_LARGE', false],
		['PUT', 503, 'ECONNRESET', true],
		['POST', 400, 'ECONNRESET', false],
	])('%s answered %p, then its answer failed with %p: retry = %p', (method, status, code, expected) => {
		expect(mayRetryBrokenAnswer(method, status, code)).toBe(expected);
	});

	test('Retry-After in seconds and as an HTTP date', () => {
		expect(parseRetryAfter('2')).toBe(2000);
		expect(parseRetryAfter(new Date(Date.UTC(2030, 0, 1, 0, 0, 5)).toUTCString(), Date.UTC(2030, 0, 1))).toBe(5000);
		expect(parseRetryAfter('soon')).toBeUndefined();
	});

	test('the wait is at least Retry-After, and backoff grows with jitter', () => {
		const policy = { maxRetries: 3, maxTotalWaitMs: 60_000, baseDelayMs: 500 };
		expect(retryDelayMs(1, 1000, { ...policy, random: () => 0 })).toBe(1000);
		expect(retryDelayMs(1, 1000, { ...policy, random: () => 1 })).toBeLessThanOrEqual(1250);
		expect(retryDelayMs(3, undefined, { ...policy, random: () => 0 })).toBe(1000);
		expect(retryDelayMs(3, undefined, { ...policy, random: () => 1 })).toBe(2000);
	});
});

describe('retries against the fake server', () => {
	test('429 with Retry-After: the request is sent again no earlier than Talon.One asked, and applied once', async () => {
		server.setFaults([{ kind: 'status', status: 429, headers: { 'retry-after': '1' }, times: 1 }]);
		const timers = jest.spyOn(global, 'setTimeout');
		const result = await runOperation(server, 'trackEvent', { ...track, ...fast });
		// one wait of Retry-After (1 s) plus at most 250 ms of jitter before the second attempt
		const retryWaits = timers.mock.calls.map(([, ms]) => ms ?? 0).filter((ms) => ms >= 1000 && ms <= 1250);
		timers.mockRestore();
		expect(result.error).toBeUndefined();
		expect(server.requests).toHaveLength(2);
		expect(retryWaits).toHaveLength(1);
		expect(server.writes).toHaveLength(1);
		expect(jsonOf(result)[0]).toMatchObject({ eventType: track.type, effects: [] });
	});

	test('503 on a POST is retried (Talon.One did not process it)', async () => {
		server.setFaults([{ kind: 'status', status: 503, headers: { 'retry-after': '0' }, times: 2 }]);
		const result = await runOperation(server, 'trackEvent', { ...track, ...fast });
		expect(result.error).toBeUndefined();
		expect(server.requests.map((r) => r.status)).toEqual([503, 503, 201]);
		expect(server.writes).toHaveLength(1);
	});

	test('502 on a POST is not retried: it may have been applied', async () => {
		server.setFaults([{ kind: 'status', status: 502, times: 1 }]);
		const result = await runOperation(server, 'trackEvent', { ...track, ...fast });
		expect(result.error?.message).toMatch(/Talon.One is having trouble \(HTTP 502\)/);
		expect(server.requests).toHaveLength(1);
	});

	test('502 on an idempotent PUT is retried', async () => {
		server.setFaults([{ kind: 'status', status: 502, times: 1 }]);
		const result = await runOperation(server, 'updateCustomerSessionV2', { ...putSession, ...fast });
		expect(result.error).toBeUndefined();
		expect(server.requests.map((r) => r.status)).toEqual([502, 200]);
	});

	test('a connection reset after Talon.One applied a POST is not retried, and the error says it may have been applied', async () => {
		server.setFaults([{ kind: 'resetAfterApply', times: 1 }]);
		const result = await runOperation(server, 'trackEvent', { ...track, ...fast });
		expect(result.error?.message).toMatch(/connection to Talon.One .* failed/);
		expect((result.error as { description?: string }).description).toMatch(/may or may not have reached Talon.One/);
		expect(server.requests).toHaveLength(1);
		expect(server.writes).toHaveLength(1);
	});

	test('a connection reset before the request was read is retried for a PUT', async () => {
		server.setFaults([{ kind: 'resetBeforeBody', times: 1 }]);
		const result = await runOperation(server, 'updateCustomerSessionV2', { ...putSession, ...fast });
		expect(result.error).toBeUndefined();
		expect(server.writes).toHaveLength(1);
	});

	test('after Max Retries the rate-limit error tells what to change', async () => {
		server.setFaults([{ kind: 'status', status: 429, headers: { 'retry-after': '0' }, times: Infinity }]);
		const result = await runOperation(server, 'trackEvent', { ...track, options: { maxRetries: 2 } });
		expect(result.error?.message).toMatch(/rate limit was reached\. Lower Max Parallel Requests or set Max Requests per Second/);
		expect(server.requests).toHaveLength(3);
		expect(server.writes).toHaveLength(0);
	});

	test('Max Retries 0 sends each request once', async () => {
		server.setFaults([{ kind: 'status', status: 503, times: 1 }]);
		const result = await runOperation(server, 'updateCustomerSessionV2', { ...putSession, options: { maxRetries: 0 } });
		expect(result.error?.message).toMatch(/HTTP 503/);
		expect(server.requests).toHaveLength(1);
	});

	test('a slow answer beyond the timeout fails with a clear message', async () => {
		server.setFaults([{ kind: 'delay', ms: 2500, times: 1, match: { method: 'GET' } }]);
		const result = await runOperation(server, 'getReservedCustomers', { couponValue: 'WELCOME10', options: { timeout: 1, maxRetries: 0 } });
		expect(result.error?.message).toBe("Talon.One did not answer within 1 s. Try again later, or raise Timeout in the node's options.");
	});
});
