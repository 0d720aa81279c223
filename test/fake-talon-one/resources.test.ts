/** Every operation of the fake Talon.One against its state: answers, stored changes, recorded writes. */
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { call, cart, useFakeTalonOne } from './client';

let server: FakeTalonOne;
useFakeTalonOne((started) => (server = started));

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
