/** What tests provoke with the fake Talon.One: injected faults, latency, a rate limit. */
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { call, useFakeTalonOne } from './client';

let server: FakeTalonOne;
useFakeTalonOne((started) => (server = started));

describe('faults, latency and rate limit', () => {
	test('status faults are consumed in order and not applied', async () => {
		server.setFaults([
			{ match: { operationId: 'createAudienceV2' }, kind: 'status', status: 429, headers: { 'Retry-After': '1' } },
			{ match: { operationId: 'createAudienceV2' }, kind: 'status', status: 502, headers: { 'content-type': 'text/html' }, body: '<html>Bad gateway</html>' },
		]);
		const a = await call('POST', '/v2/audiences', { body: { name: 'A' } });
		expect(a.status).toBe(429);
		expect(a.headers['retry-after']).toBe('1');
		expect(a.json.StatusCode).toBe(429);
		const b = await call('POST', '/v2/audiences', { body: { name: 'A' } });
		expect(b.status).toBe(502);
		expect(b.headers['content-type']).toBe('text/html');
		expect(b.text).toBe('<html>Bad gateway</html>');
		const c = await call('POST', '/v2/audiences', { body: { name: 'A' } });
		expect(c.status).toBe(201);
		expect(server.writes).toHaveLength(1);
		expect(server.requests.map((r) => r.status)).toEqual([429, 502, 201]);
	});

	test('busy answers 409 with Talon.One\'s words for the session or profile, and applies nothing', async () => {
		server.setFaults([{ kind: 'busy', times: 2 }]);
		const session = await call('PUT', '/v2/customer_sessions/s-1', { body: { customerSession: {} } });
		expect(session.status).toBe(409);
		expect(session.json).toEqual({ message: 'Too many requests are updating this session at the same time', errors: [], StatusCode: 409 });
		const profile = await call('PUT', '/v2/customer_profiles/p-1', { body: {} });
		expect(profile.json.message).toBe('Too many requests are updating this profile at the same time');
		expect(server.writes).toHaveLength(0);
		expect((await call('PUT', '/v2/customer_sessions/s-1', { body: { customerSession: {} } })).status).toBe(200);
		expect(server.writes).toHaveLength(1);
	});

	test('resetBeforeBody applies nothing; resetAfterApply applies then drops', async () => {
		server.setFaults([{ kind: 'resetBeforeBody' }]);
		await expect(call('POST', '/v2/audiences', { body: { name: 'A' } })).rejects.toThrow();
		expect(server.writes).toHaveLength(0);
		expect(server.requests[0].status).toBe('reset');

		server.setFaults([{ kind: 'resetAfterApply', match: { method: 'post', pathIncludes: '/v2/audiences' } }]);
		await expect(call('POST', '/v2/audiences', { body: { name: 'B' } })).rejects.toThrow();
		expect(server.writes.map((w) => w.operationId)).toEqual(['createAudienceV2']);
		expect(server.requests[1].status).toBe('reset');
	});

	test('rawBody and delay faults, fraction is deterministic', async () => {
		server.setFaults([{ kind: 'rawBody', status: 200, contentType: 'application/json', body: '{"effects":[' }]);
		const r = await call('PUT', '/v2/customer_sessions/t', { body: { customerSession: {} } });
		expect(r.status).toBe(200);
		expect(r.text).toBe('{"effects":[');
		expect(server.writes).toHaveLength(0);

		server.setFaults([{ kind: 'delay', ms: 60 }]);
		expect((await call('PUT', '/v2/customer_sessions/t', { body: { customerSession: {} } })).status).toBe(200);
		expect(server.faults[0].fired).toBe(1);

		const run = async () => {
			server.reset();
			server.setFaults([{ kind: 'status', status: 503, times: Infinity, fraction: 0.5 }]);
			const out: number[] = [];
			for (let i = 0; i < 12; i++) out.push((await call('DELETE', '/v2/audiences/999')).status);
			return out;
		};
		const first = await run();
		expect(await run()).toEqual(first);
		expect(first).toContain(503);
		expect(first).toContain(404);
	});

	test('latency and rate limit', async () => {
		server.setLatency(300);
		const inventory = () => call('GET', '/v1/customer_profiles/demo-customer-1/inventory');
		await Promise.all([inventory(), inventory()]);
		expect(server.maxInFlight).toBe(2);
		server.setLatency(0);

		server.setRateLimit({ perSecond: 2, retryAfterSeconds: 3 });
		const statuses: number[] = [];
		let retryAfter: unknown;
		for (let i = 0; i < 4; i++) {
			const res = await call('POST', '/v2/audiences', { body: { name: `rl${i}` } });
			statuses.push(res.status);
			if (res.status === 429) retryAfter = res.headers['retry-after'];
		}
		server.setRateLimit(null);
		expect(statuses).toEqual([201, 201, 429, 429]);
		expect(retryAfter).toBe('3');
		expect(server.writes).toHaveLength(2);
	});
});
