import fc from 'fast-check';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { useFakeServer } from '../support/talonOne';
import { blankText } from '../../nodes/TalonOne/fields/schema';
import { outputOf, run, watchForSecrets } from './support';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

const hostileIds: Array<[string, string]> = [
	['a slash', 'shop/order-1'],
	['a question mark', 'order?id=1'],
	['a hash', 'order#1'],
	['a percent sign', '100%'],
	['something that looks percent-encoded', 'a%2Fb%3F'],
	['dot-dot', '../admin'],
	['dot-dot-slash twice', '../../v1/customer_data/victim'],
	['dots inside', 'a..b'],
	['a dot', '.hidden'],
	['spaces', '  order 1  '],
	['a plus and an ampersand', 'a+b&c=d'],
	['a backslash', 'a\\..\\b'],
	['a semicolon and a colon', 'a;b:c'],
	['Unicode', 'Bestellung-Größe-ß'],
	['emoji', 'order-👟-🏳️‍🌈'],
	['right-to-left text', 'הזמנה-42'],
	['control characters', 'a\tb\nc'],
	['everything at once', '/?#% ..ü😀'],
];

/** The part of a raw request target between the prefix and the query string. */
function segmentAfter(rawTarget: string, prefix: string): string {
	expect(rawTarget.startsWith(prefix)).toBe(true);
	return rawTarget.slice(prefix.length).split('?')[0];
}

describe('Path safety: every ID reaches Talon.One as exactly one intact path segment', () => {
	test.each(hostileIds)('a customer session ID with %s', async (_what, id) => {
		const result = await run(server, 'updateCustomerSessionV2', { customerSessionId: '={{ $json.id }}' }, { inputItems: [{ id }] });
		expect(result.error).toBeUndefined();
		expect(server.requests).toHaveLength(1);
		const [request] = server.requests;
		const segment = segmentAfter(request.rawTarget, '/v2/customer_sessions/');
		expect(segment).not.toMatch(/[/?#]/);
		expect(decodeURIComponent(segment)).toBe(id);
		expect(request.pathParams.customerSessionId).toBe(id);
		expect(request.operationId).toBe('updateCustomerSessionV2');
		expect([...server.state.sessions.keys()]).toEqual([id]);
		expect(outputOf(result)[0].customerSessionId).toBe(id);
	});

	test.each(hostileIds)('a customer profile ID with %s, in the middle of the path', async (_what, id) => {
		await run(server, 'getCustomerInventory', { integrationId: '={{ $json.id }}' }, { inputItems: [{ id }], continueOnFail: true });
		const [request] = server.requests;
		const segment = segmentAfter(request.rawTarget, '/v1/customer_profiles/');
		expect(segment.endsWith('/inventory')).toBe(true);
		expect(decodeURIComponent(segment.slice(0, -'/inventory'.length))).toBe(id);
		expect(request.operationId).toBe('getCustomerInventory');
		expect(request.pathParams.integrationId).toBe(id);
	});

	test.each(hostileIds)('a coupon code with %s', async (_what, code) => {
		await run(server, 'deleteCouponReservation', { couponValue: '={{ $json.code }}', integrationIDs: 'p1' }, {
			inputItems: [{ code }],
			continueOnFail: true,
		});
		const [request] = server.requests;
		expect(decodeURIComponent(segmentAfter(request.rawTarget, '/v1/coupon_reservations/'))).toBe(code);
		expect(request.operationId).toBe('deleteCouponReservation');
		expect(request.pathParams.couponValue).toBe(code);
	});

	test('the seeded coupon "A/B?C#D%" is found, reserved and listed under its own code', async () => {
		const code = 'A/B?C#D%';
		const reserve = await run(server, 'createCouponReservation', { couponValue: code, integrationIDs: 'p1' });
		expect(reserve.error).toBeUndefined();
		const list = await run(server, 'getReservedCustomers', { couponValue: code });
		expect(server.requests.map((r) => r.rawTarget)).toEqual([
			'/v1/coupon_reservations/A%2FB%3FC%23D%25',
			'/v1/coupon_reservations/customerprofiles/A%2FB%3FC%23D%25',
		]);
		expect(outputOf(list)[0].totalResultSize).toBe(1);
	});

	test('a numeric audience ID cannot smuggle a path: "1/memberships" is rejected before sending', async () => {
		const result = await run(server, 'deleteAudienceV2', { audienceId: '={{ $json.id }}' }, { inputItems: [{ id: '1/memberships' }] });
		expect(result.error?.message).toBe('Item 1: Audience must be an ID, a whole number such as 42, got "1/memberships"');
		expect(server.requests).toHaveLength(0);
	});

	test.each([['.'], ['..']])('an ID that is only %p is rejected before sending, because it would move up the path', async (id) => {
		const result = await run(server, 'deleteCustomerData', { integrationId: '={{ $json.id }}' }, { inputItems: [{ id }] });
		expect(result.error?.message).toBe(`Item 1: Customer Profile ID cannot be "${id}"`);
		expect(server.requests).toHaveLength(0);
	});

	test('property: any text ID (except ".", ".." and blank ones) arrives as one segment that decodes to the ID', async () => {
		const id = fc.string({ unit: 'binary', minLength: 1, maxLength: 24 }).filter((s) => s !== '.' && s !== '..' && !blankText.test(s));
		await fc.assert(
			fc.asyncProperty(fc.uniqueArray(id, { minLength: 1, maxLength: 8 }), async (ids) => {
				server.reset();
				const result = await run(server, 'updateCustomerSessionV2', { customerSessionId: '={{ $json.id }}' }, { inputItems: ids.map((i) => ({ id: i })) });
				expect(result.error).toBeUndefined();
				expect(server.requests.map((r) => r.pathParams.customerSessionId).sort()).toEqual([...ids].sort());
				for (const request of server.requests) {
					expect(segmentAfter(request.rawTarget, '/v2/customer_sessions/')).not.toMatch(/[/?#]/);
				}
				expect([...server.state.sessions.keys()].sort()).toEqual([...ids].sort());
			}),
			{ numRuns: 25, seed: 20_261_224 },
		);
	});
});
