/**
 * Self-test of the fake Talon.One server (tools/fake-talon-one): all 19 operations,
 * every auth scheme, validation, path encoding, faults and rate limiting.
 */
import { createHmac } from 'node:crypto';
import { Agent, request } from 'undici';
import { startFakeTalonOne, FakeTalonOne, DEFAULTS } from '../tools/fake-talon-one';
import { getSpec, validateResponse } from '../tools/fake-talon-one/core/spec';
import { handlers } from '../tools/fake-talon-one/resources';

interface CallResult {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	text: string;
	json: any;
}

type AuthMode = 'apiKey' | 'signature' | 'management' | 'bearer' | 'none' | { authorization: string };

let server: FakeTalonOne;
let agent: Agent;

function hmacHex(body: string): string {
	return createHmac('md5', Buffer.from(DEFAULTS.applicationKey, 'hex')).update(body).digest('hex');
}

async function call(
	method: string,
	path: string,
	opts: { body?: unknown; rawBody?: string; auth?: AuthMode; operationId?: string } = {},
): Promise<CallResult> {
	const bodyText = opts.rawBody !== undefined ? opts.rawBody : opts.body === undefined ? undefined : JSON.stringify(opts.body);
	const headers: Record<string, string> = {};
	if (bodyText !== undefined) headers['content-type'] = 'application/json';
	const auth = opts.auth ?? 'apiKey';
	if (auth === 'apiKey') headers.authorization = `ApiKey-v1 ${DEFAULTS.apiKey}`;
	else if (auth === 'management') headers.authorization = `ManagementKey-v1 ${DEFAULTS.managementKey}`;
	else if (auth === 'bearer') headers.authorization = `Bearer ${DEFAULTS.bearerToken}`;
	else if (auth === 'signature') {
		headers['content-signature'] = `signer=${DEFAULTS.applicationId}; signature=${hmacHex(bodyText ?? '')}`;
	} else if (typeof auth === 'object') headers.authorization = auth.authorization;
	const res = await request(`${server.url}${path}`, {
		method: method as 'GET',
		headers,
		body: bodyText,
		dispatcher: agent,
	});
	const text = await res.body.text();
	let json: any;
	try {
		json = text ? JSON.parse(text) : undefined;
	} catch {
		json = undefined;
	}
	if (opts.operationId) {
		const problems = validateResponse(opts.operationId, res.statusCode, json);
		if (problems) throw new Error(`${opts.operationId} ${res.statusCode} response not schema-valid: ${problems.join('; ')}\n${text}`);
	}
	return { status: res.statusCode, headers: res.headers, text, json };
}

const cart = (price: number, quantity = 1) => [{ name: 'Shoe', sku: 'SKU-1', quantity, price }];

beforeAll(async () => {
	server = await startFakeTalonOne({ demo: true });
	agent = new Agent({ keepAliveTimeout: 10_000 });
});

afterAll(async () => {
	await agent.close();
	await server.close();
});

beforeEach(() => server.reset());

describe('operations', () => {
	test('updateCustomerSessionV2: discount, coupons, referral, close increments usage', async () => {
		const res = await call('PUT', '/v2/customer_sessions/sess-1', {
			operationId: 'updateCustomerSessionV2',
			body: {
				customerSession: {
					profileId: 'p1',
					couponCodes: ['WELCOME10', 'NOPE'],
					referralCode: 'DEMO-REFERRAL',
					cartItems: cart(30.5, 2),
				},
				responseContent: ['customerProfile', 'coupons', 'triggeredCampaigns', 'referral'],
			},
		});
		expect(res.status).toBe(200);
		const types = res.json.effects.map((e: any) => e.effectType);
		expect(types).toEqual(['acceptCoupon', 'rejectCoupon', 'acceptReferral', 'setDiscount']);
		expect(res.json.effects[1].props).toEqual({ value: 'NOPE', rejectionReason: 'CouponNotFound' });
		expect(res.json.effects[3]).toMatchObject({ campaignId: 1, ruleName: '10% off carts over 50', props: { name: '10% off', value: 6.1 } });
		expect(res.json.customerProfile.integrationId).toBe('p1');
		expect(res.json.customerSession.total).toBe(61);
		expect(server.state.profiles.has('p1')).toBe(true);
		expect(server.writes.map((w) => w.entityKey)).toEqual(['session:sess-1']);

		// dry run: nothing stored
		await call('PUT', '/v2/customer_sessions/sess-dry?dry=true', { body: { customerSession: { cartItems: cart(1) } } });
		expect(server.state.sessions.has('sess-dry')).toBe(false);
		expect(server.writes).toHaveLength(1);

		const closed = await call('PUT', '/v2/customer_sessions/sess-1', {
			operationId: 'updateCustomerSessionV2',
			body: { customerSession: { state: 'closed' } },
		});
		expect(closed.json.customerSession.state).toBe('closed');
		expect(server.state.coupons.get('WELCOME10')!.usageCounter).toBe(1);
		expect(server.state.profiles.get('p1')!.closedSessions).toBe(1);
		const reopen = await call('PUT', '/v2/customer_sessions/sess-1', { body: { customerSession: { state: 'open' } } });
		expect(reopen.status).toBe(400);
	});

	test('updateCustomerSession (v1) with Content-Signature', async () => {
		const res = await call('PUT', '/v1/customer_sessions/v1-sess', {
			auth: 'signature',
			operationId: 'updateCustomerSession',
			body: { profileId: 'p2', coupon: 'SUMMER-SALE', cartItems: cart(100) },
		});
		expect(res.status).toBe(200);
		expect(res.json.session.coupon).toBe('SUMMER-SALE');
		expect(res.json.session.discounts).toEqual({ '10% off': 10 });
		expect(res.json.coupon.value).toBe('SUMMER-SALE');
		expect(res.json.event.effects.map((e: any) => e.effectType)).toEqual(['acceptCoupon', 'setDiscount']);
	});

	test('customer profiles v2, bulk, v1 and audiences changes', async () => {
		let res = await call('PUT', '/v2/customer_profiles/cp1?runRuleEngine=true', {
			operationId: 'updateCustomerProfileV2',
			body: { attributes: { a: 1 }, audiencesChanges: { adds: [1], deletes: [] } },
		});
		expect(res.status).toBe(200);
		expect(res.json.customerProfile.audienceMemberships).toEqual([{ id: 1, name: 'Newsletter subscribers' }]);
		res = await call('PUT', '/v2/customer_profiles/cp1', { body: { attributes: { b: 2 } }, operationId: 'updateCustomerProfileV2' });
		expect(res.json.customerProfile.attributes).toEqual({ a: 1, b: 2 });
		res = await call('PUT', '/v2/customer_profiles/cp1', { body: { audiencesChanges: { adds: [99], deletes: [] } } });
		expect(res.status).toBe(404);

		res = await call('PUT', '/v2/customer_profiles', { body: { customerProfiles: [{ integrationId: 'b1' }, { integrationId: 'b2' }] } });
		expect(res.status).toBe(204);
		res = await call('PUT', '/v2/customer_profiles?silent=no', {
			operationId: 'updateCustomerProfilesV2',
			body: { customerProfiles: [{ integrationId: 'b3', attributes: { x: 'y' } }] },
		});
		expect(res.status).toBe(200);
		expect(res.json.integrationStates[0].customerProfile.attributes).toEqual({ x: 'y' });
		const many = Array.from({ length: 1001 }, (_, i) => ({ integrationId: `m${i}` }));
		res = await call('PUT', '/v2/customer_profiles', { body: { customerProfiles: many } });
		expect(res.status).toBe(400);
		expect(res.json.errors[0].source.pointer).toBe('/customerProfiles');

		res = await call('PUT', '/v1/customer_profiles/v1p', { auth: 'signature', body: { attributes: { z: true } }, operationId: 'updateCustomerProfile' });
		expect(res.status).toBe(200);
		expect(res.json.profile.attributes).toEqual({ z: true });
	});

	test('updateCustomerProfileAudiences', async () => {
		let res = await call('POST', '/v2/customer_audiences', {
			body: { data: [{ action: 'add', profileIntegrationId: 'aud-p', audienceId: 1 }] },
		});
		expect(res.status).toBe(204);
		expect(server.state.audienceMembers.get(1)!.has('aud-p')).toBe(true);
		res = await call('POST', '/v2/customer_audiences', { body: { data: [{ action: 'delete', profileIntegrationId: 'aud-p', audienceId: 1 }] } });
		expect(res.status).toBe(204);
		expect(server.state.audienceMembers.get(1)!.has('aud-p')).toBe(false);
		res = await call('POST', '/v2/customer_audiences', { body: { data: [{ action: 'add', profileIntegrationId: 'x', audienceId: 42 }] } });
		expect(res.status).toBe(404);
	});

	test('trackEvent', async () => {
		const res = await call('POST', '/v1/events', {
			auth: 'signature',
			operationId: 'trackEvent',
			body: { profileId: 'ev-p', type: 'pageView', attributes: { url: '/x' }, sessionId: 'sess-e' },
		});
		expect(res.status).toBe(201);
		expect(res.json.event.type).toBe('pageView');
		expect(server.state.events.size).toBe(1);
		await call('POST', '/v1/events?dry=true', { body: { type: 'x', attributes: {}, sessionId: 's' } });
		expect(server.state.events.size).toBe(1);
	});

	test('coupon reservations incl. percent-encoded coupon value', async () => {
		const enc = encodeURIComponent('A/B?C#D%');
		expect(enc).toBe('A%2FB%3FC%23D%25');
		let res = await call('POST', `/v1/coupon_reservations/${enc}`, { body: { integrationIDs: ['r1', 'r2'] }, operationId: 'createCouponReservation' });
		expect(res.status).toBe(201);
		expect(res.json.value).toBe('A/B?C#D%');
		const rec = server.requests[server.requests.length - 1];
		expect(rec.rawTarget).toBe('/v1/coupon_reservations/A%2FB%3FC%23D%25');
		expect(rec.pathParams).toEqual({ couponValue: 'A/B?C#D%' });
		expect(rec.operationId).toBe('createCouponReservation');
		expect(server.writes[0].entityKey).toBe('coupon:A/B?C#D%');

		res = await call('GET', `/v1/coupon_reservations/customerprofiles/${enc}`, { operationId: 'getReservedCustomers' });
		expect(res.json.totalResultSize).toBe(2);
		expect(res.json.data.map((p: any) => p.integrationId).sort()).toEqual(['r1', 'r2']);

		res = await call('DELETE', `/v1/coupon_reservations/${enc}`, { body: { integrationIDs: ['r1'] } });
		expect(res.status).toBe(204);
		res = await call('GET', `/v1/coupon_reservations/customerprofiles/${enc}`, { auth: 'signature' });
		expect(res.json.totalResultSize).toBe(1);

		res = await call('GET', '/v1/coupon_reservations/customerprofiles/UNKNOWN');
		expect(res.status).toBe(404);
		res = await call('POST', '/v1/coupon_reservations/UNKNOWN', { body: { integrationIDs: ['r1'] } });
		expect(res.status).toBe(404);
		// unencoded '/' is a different (unknown) route
		res = await call('POST', '/v1/coupon_reservations/A/B', { body: { integrationIDs: ['r1'] } });
		expect(res.status).toBe(404);
	});

	test('referrals', async () => {
		let res = await call('POST', '/v1/referrals', {
			operationId: 'createReferral',
			body: { campaignId: 2, advocateProfileIntegrationId: 'adv-1' },
		});
		expect(res.status).toBe(201);
		expect(res.json.code).toMatch(/^REF-[A-Z0-9]{6}$/);
		expect(server.state.referrals.has(res.json.code)).toBe(true);
		res = await call('POST', '/v1/referrals', { body: { campaignId: 999, advocateProfileIntegrationId: 'adv-1' } });
		expect(res.status).toBe(404);

		res = await call('POST', '/v1/referrals_for_multiple_advocates?silent=no', {
			operationId: 'createReferralsForMultipleAdvocates',
			body: { campaignId: 2, usageLimit: 1, advocateProfileIntegrationIds: ['a1', 'a2'] },
		});
		expect(res.status).toBe(201);
		expect(res.json.totalResultSize).toBe(2);
		res = await call('POST', '/v1/referrals_for_multiple_advocates', {
			body: { campaignId: 2, usageLimit: 1, advocateProfileIntegrationIds: ['a3'], referralPattern: 'FR-###' },
		});
		expect(res.status).toBe(204);
		expect([...server.state.referrals.keys()].some((k) => /^FR-[A-Z0-9]{3}$/.test(k))).toBe(true);
		res = await call('POST', '/v1/referrals_for_multiple_advocates?silent=maybe', {
			body: { campaignId: 2, usageLimit: 1, advocateProfileIntegrationIds: ['a3'] },
		});
		expect(res.status).toBe(400);
	});

	test('audiences v2 with management key and bearer', async () => {
		let res = await call('POST', '/v2/audiences', {
			operationId: 'createAudienceV2',
			body: { name: 'VIP', integration: 'segment', integrationId: 'vip' },
		});
		expect(res.status).toBe(201);
		const id = res.json.id;
		expect(res.json).toMatchObject({ name: 'VIP', integration: 'segment', integrationId: 'vip' });
		res = await call('POST', '/v2/audiences', { body: { name: 'VIP2', integration: 'segment', integrationId: 'vip' } });
		expect(res.status).toBe(409);

		res = await call('PUT', `/v2/audiences/${id}`, { body: { name: 'VIP+' }, operationId: 'updateAudienceV2' });
		expect(res.json.name).toBe('VIP+');
		res = await call('PUT', '/v2/audiences/12345', { body: { name: 'x' } });
		expect(res.status).toBe(404);

		await call('POST', '/v2/customer_audiences', { body: { data: [{ action: 'add', profileIntegrationId: 'm1', audienceId: id }] } });
		res = await call('PUT', `/v2/audience_customers/${id}/attributes`, { body: { tier: 'gold' } });
		expect(res.status).toBe(204);
		expect(server.state.profiles.get('m1')!.attributes).toEqual({ tier: 'gold' });

		res = await call('DELETE', `/v2/audiences/${id}/memberships`, { auth: 'bearer' });
		expect(res.status).toBe(204);
		expect(server.state.audienceMembers.get(id)!.size).toBe(0);
		res = await call('DELETE', `/v2/audiences/${id}`, { auth: 'management' });
		expect(res.status).toBe(204);
		expect(server.state.audiences.has(id)).toBe(false);
		res = await call('DELETE', `/v2/audiences/${id}`);
		expect(res.status).toBe(404);
	});

	test('customer inventory and deleteCustomerData', async () => {
		let res = await call('GET', '/v1/customer_profiles/demo-customer-1/inventory?profile=true&coupons=true&referrals=true&loyalty=true&giveaways=true', {
			operationId: 'getCustomerInventory',
		});
		expect(res.status).toBe(200);
		expect(res.json.profile.integrationId).toBe('demo-customer-1');
		expect(res.json.coupons.map((c: any) => c.value)).toEqual(['WELCOME10']);
		expect(res.json.referrals.map((r: any) => r.code)).toEqual(['DEMO-REFERRAL']);
		expect(res.json.giveaways).toEqual([]);
		res = await call('GET', '/v1/customer_profiles/demo-customer-1/inventory');
		expect(res.json).toEqual({});
		res = await call('GET', '/v1/customer_profiles/nobody/inventory');
		expect(res.status).toBe(404);

		res = await call('DELETE', '/v1/customer_data/demo-customer-1', { auth: 'signature' });
		expect(res.status).toBe(204);
		expect(server.state.profiles.has('demo-customer-1')).toBe(false);
		expect(server.state.reservations.get('WELCOME10')).toBeUndefined();
		expect(server.state.referrals.has('DEMO-REFERRAL')).toBe(false);
		expect(server.state.audienceMembers.get(1)!.size).toBe(0);
		res = await call('DELETE', '/v1/customer_data/demo-customer-1');
		expect(res.status).toBe(404);
	});
});

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
		const bad = await request(`${server.url}/v1/events`, {
			method: 'POST',
			dispatcher: agent,
			headers: { 'content-type': 'application/json', 'content-signature': `signer=1; signature=${hmacHex(body + ' ')}` },
			body,
		});
		expect(bad.statusCode).toBe(401);
		await bad.body.text();
		const wrongSigner = await request(`${server.url}/v1/events`, {
			method: 'POST',
			dispatcher: agent,
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

describe('validation and routing', () => {
	test('every operation of the spec fixture has a handler', () => {
		expect([...getSpec().operations.keys()].filter((operationId) => !(operationId in handlers))).toEqual([]);
	});

	test('schema failure points at the offending field', async () => {
		const res = await call('PUT', '/v2/customer_sessions/bad', {
			body: { customerSession: { cartItems: [{ name: 'a', sku: 'b', quantity: 1, price: 'free' }] } },
		});
		expect(res.status).toBe(400);
		expect(res.json.message).toBe('Invalid request body');
		expect(res.json.errors[0]).toMatchObject({ details: 'must be number', source: { pointer: '/customerSession/cartItems/0/price' } });
		const missing = await call('POST', '/v1/events', { body: { type: 't', attributes: {} } });
		expect(missing.json.errors[0].source.pointer).toBe('/sessionId');
		expect(server.writes).toHaveLength(0);
	});

	test('invalid JSON, bad params, unknown route, wrong method', async () => {
		expect((await call('PUT', '/v2/customer_sessions/x', { rawBody: '{"customerSession":' })).status).toBe(400);
		expect((await call('PUT', '/v2/customer_sessions/x', { rawBody: '' })).status).toBe(400);
		const badId = await call('DELETE', '/v2/audiences/abc');
		expect(badId.status).toBe(400);
		expect(badId.json.errors[0].source.parameter).toBe('audienceId');
		expect((await call('PUT', '/v2/customer_sessions/x?dry=yes', { body: { customerSession: {} } })).status).toBe(400);
		expect((await call('GET', '/v1/customer_profiles/p/inventory?loyaltyProjectionEndDate=tomorrow')).status).toBe(400);
		const notFound = await call('GET', '/v3/nothing');
		expect(notFound.status).toBe(404);
		expect(notFound.json.StatusCode).toBe(404);
		const wrong = await call('GET', '/v2/audiences/1');
		expect(wrong.status).toBe(405);
		expect(wrong.headers.allow).toBe('DELETE, PUT');
	});
});

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
