/** Each auth scheme where the spec fixture's `security` allows it, and nowhere else. */
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { call, hmacHex, rawRequest, useFakeTalonOne } from './client';

let server: FakeTalonOne;
useFakeTalonOne((started) => (server = started));

describe('auth', () => {
	test('401 in Talon.One shape, key never echoed', async () => {
		const res = await call('POST', '/v2/audiences', { auth: { authorization: 'ApiKey-v1 wrong-secret-value' }, body: { name: 'x' } });
		expect(res.status).toBe(401);
		expect(res.json).toMatchObject({ StatusCode: 401, errors: [{ title: 'Unauthorized', source: { pointer: '/headers/authorization' } }] });
		expect(res.text).not.toContain('wrong-secret-value');
		expect((await call('GET', '/v1/customer_profiles/demo-customer-2/inventory', { auth: 'none' })).status).toBe(401);
		expect(server.writes).toHaveLength(0);
	});

	test('Content-Signature only on integration_auth operations and must match the body', async () => {
		expect((await call('POST', '/v2/audiences', { auth: 'signature', body: { name: 'x' } })).status).toBe(401);
		const body = JSON.stringify({ type: 't', attributes: {}, sessionId: 's' });
		const bad = await rawRequest('/v1/events', {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'content-signature': `signer=1; signature=${hmacHex(body + ' ')}` },
			body,
		});
		expect(bad.statusCode).toBe(401);
		await bad.body.text();
		const wrongSigner = await rawRequest('/v1/events', {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'content-signature': `signer=2; signature=${hmacHex(body)}` },
			body,
		});
		expect(wrongSigner.statusCode).toBe(401);
		await wrongSigner.body.text();
		expect(server.contentSignature(body)).toBe(`signer=1; signature=${hmacHex(body)}`);
	});

	test('management key / bearer only on the two delete audience operations', async () => {
		expect((await call('POST', '/v2/audiences', { auth: 'management', body: { name: 'x' } })).status).toBe(401);
		expect((await call('PUT', '/v2/audiences/1', { auth: 'bearer', body: { name: 'x' } })).status).toBe(401);
		expect((await call('DELETE', '/v2/audiences/1', { auth: { authorization: 'Bearer nope' } })).status).toBe(401);
	});
});
