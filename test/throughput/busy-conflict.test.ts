/** Talon.One's 409 "Too many requests are updating this session at the same time": retried for idempotent requests only. */
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { TalonOneClient } from '../../nodes/TalonOne/transport/client';
import { parseCredentials } from '../../nodes/TalonOne/transport/credentials';
import { isBusyConflict, isIdempotent } from '../../nodes/TalonOne/transport/retry';
import { operations } from '../../nodes/TalonOne/operations';
import { runOperation, useFakeServer } from '../support/talonOne';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));

const putSession = { customerSessionId: 'order-1', options: { maxRetries: 3 } };
const busySession = JSON.stringify({ message: 'Too many requests are updating this session at the same time', errors: [], StatusCode: 409 });
const description = (error: unknown) => (error as { description?: string }).description;

describe('which requests count as idempotent', () => {
	test('every method but POST, unless the operation says otherwise', () => {
		expect(isIdempotent({ method: 'PUT' })).toBe(true);
		expect(isIdempotent({ method: 'DELETE' })).toBe(true);
		expect(isIdempotent({ method: 'POST' })).toBe(false);
		expect(isIdempotent({ method: 'POST', idempotent: true })).toBe(true);
	});

	test('the only PUTs, GETs and DELETEs unsafe to repeat add or deduct loyalty points (each one books again)', () => {
		expect(operations.filter((op) => op.method !== 'POST' && op.idempotent === false).map((op) => op.operationId).sort()).toEqual([
			'addLoyaltyCardPoints',
			'addLoyaltyPoints',
			'deductLoyaltyCardPoints',
			'removeLoyaltyPoints',
		]);
	});

	test('only the busy 409 is a busy signal', () => {
		expect(isBusyConflict(409, busySession)).toBe(true);
		expect(isBusyConflict(409, JSON.stringify({ message: 'Too many requests are updating this profile at the same time' }))).toBe(true);
		expect(isBusyConflict(409, JSON.stringify({ message: 'An Audience with this ID already exists' }))).toBe(false);
		expect(isBusyConflict(409, 'Too many requests are updating this session at the same time')).toBe(false);
		expect(isBusyConflict(429, busySession)).toBe(false);
	});
});

describe('the busy 409 against the fake server', () => {
	test('a session update (PUT) is sent again with backoff until Talon.One takes it, and applied once', async () => {
		server.setFaults([{ kind: 'busy', times: 2 }]);
		const result = await runOperation(server, 'updateCustomerSessionV2', putSession);
		expect(result.error).toBeUndefined();
		expect(server.requests.map((r) => r.status)).toEqual([409, 409, 200]);
		expect(server.writes).toHaveLength(1);
	});

	test('a profile update (PUT) is retried the same way', async () => {
		server.setFaults([{ kind: 'busy', times: 1 }]);
		const result = await runOperation(server, 'updateCustomerProfileV2', { integrationId: 'p-1', options: { maxRetries: 3 } });
		expect(result.error).toBeUndefined();
		expect(server.requests.map((r) => r.status)).toEqual([409, 200]);
	});

	test('after Max Retries the error quotes Talon.One and says to run the item again', async () => {
		server.setFaults([{ kind: 'busy', times: Infinity }]);
		const result = await runOperation(server, 'updateCustomerSessionV2', { ...putSession, options: { maxRetries: 1 } });
		expect(server.requests).toHaveLength(2);
		expect(server.writes).toHaveLength(0);
		expect(result.error?.message).toBe(
			'Talon.One was busy with other changes to the same customer (HTTP 409: "Too many requests are updating this session at the same time"). Another workflow or system is updating this session or profile at the same time: run the item again in a moment',
		);
	});

	test('a POST not marked idempotent (v1 event) is not sent again', async () => {
		server.setFaults([{ kind: 'busy', times: 1 }]);
		const result = await runOperation(server, 'trackEvent', { type: 'purchase', sessionId: 'order-1', options: { maxRetries: 3 } });
		expect(server.requests).toHaveLength(1);
		expect(result.error?.message).toMatch(/^Talon.One was busy with other changes to the same customer \(HTTP 409: "Too many requests are updating this profile/);
	});

	test('a POST whose operation is idempotent (like v3 events with their own ID) is sent again', async () => {
		server.setFaults([{ kind: 'busy', times: 2 }]);
		const client = new TalonOneClient(parseCredentials({ baseUrl: server.url, authentication: 'apiKey', apiKey: server.options.apiKey }), {
			timeoutMs: 5000,
			retry: { maxRetries: 3, maxTotalWaitMs: 60_000, baseDelayMs: 10 },
		});
		const request = { method: 'POST' as const, path: '/v1/events', body: { type: 'purchase', sessionId: 'order-1', attributes: {} }, auth: ['apiKey' as const] };
		expect((await client.send({ ...request, idempotent: true })).status).toBe(201);
		expect(server.requests.map((r) => r.status)).toEqual([409, 409, 201]);
		server.reset();
		server.setFaults([{ kind: 'busy', times: 1 }]);
		expect((await client.send(request)).status).toBe(409);
		expect(server.requests).toHaveLength(1);
	});

	test('any other 409 keeps its meaning: not retried, reported as a conflict with Talon.One\'s words', async () => {
		const conflict = { message: 'The session was changed by another request', errors: [{ title: 'Conflict', details: 'version mismatch', source: {} }], StatusCode: 409 };
		server.setFaults([{ kind: 'status', status: 409, body: conflict, times: 1 }]);
		const result = await runOperation(server, 'updateCustomerSessionV2', putSession);
		expect(server.requests).toHaveLength(1);
		expect(result.error?.message).toMatch(/^Talon.One reported a conflict/);
		expect(description(result.error)).toContain('Talon.One says: The session was changed by another request');
	});
});
