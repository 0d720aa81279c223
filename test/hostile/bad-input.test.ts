import type { IDataObject, INodeParameters } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { useFakeServer } from '../support/talonOne';
import { attributeRow, expectRejected as expectRejectedBy, jsonBody as json } from './rejects';
import { outputOf, run, watchForSecrets } from './support';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

const fix = {
	fillIn: 'Fill it in.',
	number: 'Enter digits only, with a dot for decimals, e.g. 42 or 9.99.',
	locator: 'Pick it with From List, or choose By ID and enter the number shown in the Campaign Manager (not the name).',
	wholeNumber: 'Enter a whole number without decimals, e.g. 1 or 2.',
	object: 'Use an object in { }, e.g. {"name": "value"}.',
	list: 'Use a list in [ ], e.g. ["a", "b"].',
	oneOf: 'Use one of these values exactly as written.',
	split: 'Split them across several items.',
	json: 'Check quotes, commas and brackets, or switch Input Mode to Using Fields Below.',
	wrap: 'Wrap the values in { }.',
	rowName: 'Enter the name as defined in Talon.One, e.g. color.',
};

const cartItem = { name: 'Shoe', sku: 'SKU-1', quantity: 1, price: 10 };
/** A session whose one cart item takes its changed values from the input item. */
const sessionWithCartItem = (changes: IDataObject): INodeParameters => ({
	customerSessionId: 's1',
	cartItems: { item: [{ ...cartItem, ...changes }] },
});

type Case = [title: string, operationId: string, parameters: INodeParameters, message: string, fix: string, inputItems?: IDataObject[]];

const expectRejected = (operationId: string, parameters: INodeParameters, message: string, hint: string, inputItems?: IDataObject[]) =>
	expectRejectedBy(server, operationId, parameters, message, hint, inputItems);

const numbers: Case[] = [
	['a price with a decimal comma', 'updateCustomerSessionV2', sessionWithCartItem({ price: '12,50' }), 'Item 1, cart item 1: Price must be a number, got "12,50"', fix.number],
	['a price from an expression that is not a number', 'updateCustomerSessionV2', sessionWithCartItem({ price: '={{ $json.price }}' }), 'Item 1, cart item 1: Price must be a number, got "free"', fix.number, [{ price: 'free' }]],
	['a price that is NaN', 'updateCustomerSessionV2', sessionWithCartItem({ price: '={{ NaN }}' }), 'Item 1, cart item 1: Price must be a number, got NaN', fix.number],
	['a price that is Infinity', 'updateCustomerSessionV2', sessionWithCartItem({ price: '={{ 1/0 }}' }), 'Item 1, cart item 1: Price must be a finite number, got Infinity', fix.number],
	['a quantity that is a word', 'updateCustomerSessionV2', sessionWithCartItem({ quantity: '={{ "two" }}' }), 'Item 1, cart item 1: Quantity must be a number, got "two"', fix.number],
	['a negative quantity', 'updateCustomerSessionV2', sessionWithCartItem({ quantity: -1 }), 'Item 1, cart item 1: Quantity must be at least 1, got -1', 'Enter 1 or more.'],
	['a fractional quantity', 'updateCustomerSessionV2', sessionWithCartItem({ quantity: 2.5 }), 'Item 1, cart item 1: Quantity must be a whole number, got 2.5', fix.wholeNumber],
	['a fractional quantity in JSON', 'updateCustomerSessionV2', json({ customerSession: { cartItems: [{ ...cartItem, quantity: 0.5 }] } }, { customerSessionId: 's1' }), 'Item 1, cart item 1: Quantity must be a whole number, got 0.5', fix.wholeNumber],
	['an additional cost that is not a number', 'updateCustomerSessionV2', { customerSessionId: 's1', additionalFields: { additionalCosts: { cost: [{ name: 'shipping', price: '={{ "free" }}' }] } } }, 'Item 1: Additional Costs "shipping" price must be a number, got "free"', fix.number],
	['an audience name where its ID is expected', 'deleteAudienceV2', { audienceId: '={{ "VIP" }}' }, 'Item 1: Audience must be an ID, a whole number such as 42, got "VIP"', fix.locator],
];

const missing: Case[] = [
	['a cart item without SKU', 'updateCustomerSessionV2', sessionWithCartItem({ sku: '={{ $json.sku }}' }), 'Item 1, cart item 1: SKU is required and may not be empty', fix.fillIn, [{ sku: '' }]],
	['a cart item without SKU in JSON', 'updateCustomerSessionV2', json({ customerSession: { cartItems: [cartItem, { name: 'Hat', quantity: 1, price: 5 }] } }, { customerSessionId: 's1' }), 'Item 1, cart item 2: SKU is required', fix.fillIn],
	['an event without type', 'trackEvent', { type: '={{ $json.type }}', sessionId: 's1' }, 'Item 1: Event Type is required and may not be empty', fix.fillIn, [{ type: '' }]],
	['an event without session ID', 'trackEvent', { type: 'signup', sessionId: '={{ $json.session }}' }, 'Item 1: Customer Session ID is required and may not be empty', fix.fillIn, [{ session: '' }]],
	['an event without type in JSON', 'trackEvent', json({ sessionId: 's1' }), 'Item 1: Event Type is required', fix.fillIn],
	['a coupon reservation without customers', 'createCouponReservation', { couponValue: 'WELCOME10', integrationIDs: '={{ $json.ids }}' }, 'Item 1: Customer Profile IDs is required', fix.fillIn, [{ ids: ' , ' }]],
];

const jsonProblems: Case[] = [
	['invalid JSON in the JSON body', 'createAudienceV2', json('{"name": "VIP",}'), 'Item 1: JSON Body is not valid JSON (Expected double-quoted property name in JSON at position 15)', fix.json],
	['an empty JSON body', 'createAudienceV2', json(''), 'Item 1: JSON Body is not valid JSON (Unexpected end of JSON input)', fix.json],
	['invalid JSON in a JSON attribute', 'updateCustomerProfileV2', attributeRow('preferences', 'json', '{"newsletter": yes}'), 'Item 1: Attributes "preferences" must be valid JSON, got "{\\"newsletter\\": yes}"', "Check quotes, commas and brackets (Unexpected token 'y', \"{\"newsletter\": yes}\" is not valid JSON)."],
	['a list where the body object is expected', 'createAudienceV2', json([{ name: 'VIP' }]), 'Item 1: JSON Body must be a JSON object like {"name": "value"}, got a list', fix.wrap],
	['a number where the body object is expected', 'createAudienceV2', json('42'), 'Item 1: JSON Body must be a JSON object like {"name": "value"}, got 42', fix.wrap],
	['a list where the session object is expected', 'updateCustomerSessionV2', json({ customerSession: [] }, { customerSessionId: 's1' }), 'Item 1: customerSession must be an object, got a list of 0', fix.object],
	['a list where the attributes object is expected', 'updateCustomerProfileV2', json({ attributes: ['gold'] }, { integrationId: 'p1' }), 'Item 1: Attributes must be an object, got a list of 1', fix.object],
	['an object where the cart item list is expected', 'updateCustomerSessionV2', json({ customerSession: { cartItems: cartItem } }, { customerSessionId: 's1' }), 'Item 1: Cart Items must be a list, got an object', fix.list],
	['a list where the members\' attributes object is expected', 'updateAudienceCustomersAttributes', json([], { audienceId: 1 }), 'Item 1: JSON Body must be a JSON object like {"name": "value"}, got a list', fix.wrap],
];

const enums: Case[] = [
	['an unknown session state', 'updateCustomerSessionV2', { customerSessionId: 's1', additionalFields: { state: '={{ $json.state }}' } }, 'Item 1: State must be one of open, closed, partially_returned, cancelled; got "paid"', fix.oneOf, [{ state: 'paid' }]],
	['an unknown legacy session state', 'updateCustomerSession', json({ state: 'partially_returned' }, { customerSessionId: 's1' }), 'Item 1: State must be one of open, closed, cancelled; got "partially_returned"', fix.oneOf],
	['an unknown response content', 'updateCustomerSessionV2', json({ customerSession: {}, responseContent: ['customerSession', 'everything'] }, { customerSessionId: 's1' }), 'Item 1: Response Content entry 2 must be one of awardedGiveaways, coupons, customerProfile, customerSession, event, loyalty, previousReturns, referral, ruleFailureReasons, triggeredCampaigns; got "everything"', fix.oneOf],
	['an unknown audience action', 'updateCustomerProfileAudiences', { action: '={{ $json.action }}', profileIntegrationId: 'p1', audienceId: 1 }, 'Item 1: Action must be one of add, delete; got "join"', fix.oneOf, [{ action: 'join' }]],
];

const tooMany: Case[] = [
	['6 identifiers (at most 5)', 'updateCustomerSessionV2', { customerSessionId: 's1', additionalFields: { identifiers: 'a,b,c,d,e,f' } }, 'Item 1: Identifiers has 6 entries but Talon.One accepts at most 5', fix.split],
	['1001 advocate IDs in one item (at most 1000)', 'createReferralsForMultipleAdvocates', { campaignId: 1, usageLimit: 1, advocateProfileIntegrationIds: '={{ Array.from({ length: 1001 }, (_, i) => "advocate-" + i) }}' }, 'Item 1: Advocate Profile IDs has 1001 entries but Talon.One accepts at most 1000', fix.split],
	['2 loyalty cards (at most 1)', 'updateCustomerSessionV2', { customerSessionId: 's1', additionalFields: { loyaltyCards: 'card-1, card-2' } }, 'Item 1: Loyalty Card has 2 entries but Talon.One accepts at most 1', fix.split],
	['a coupon code longer than 100 characters', 'updateCustomerSessionV2', { customerSessionId: 's1', additionalFields: { couponCodes: `SHORT,${'X'.repeat(101)}` } }, `Item 1: Coupon Codes entry 2 must be at most 100 characters, got "${'X'.repeat(56)}..."`, 'Shorten it.'],
];

const emptyIds: Case[] = [
	['an empty customer session ID', 'updateCustomerSessionV2', { customerSessionId: '={{ $json.id }}' }, 'Item 1: Customer Session ID is required and may not be empty', fix.fillIn, [{ id: '' }]],
	['an empty customer profile ID', 'deleteCustomerData', { integrationId: '={{ $json.id }}' }, 'Item 1: Customer Profile ID is required and may not be empty', fix.fillIn, [{ id: '' }]],
	['an empty coupon code', 'getReservedCustomers', { couponValue: '={{ $json.code }}' }, 'Item 1: Coupon Code is required and may not be empty', fix.fillIn, [{ code: '' }]],
	['an empty audience ID', 'deleteAudienceMembershipsV2', { audienceId: '={{ $json.id }}' }, 'Item 1: Audience is required', fix.fillIn, [{ id: '' }]],
	['an empty member ID', 'updateCustomerProfileAudiences', { action: 'add', profileIntegrationId: '={{ $json.id }}', audienceId: 1 }, 'Item 1: Customer Profile ID is required and may not be empty', fix.fillIn, [{ id: '' }]],
	['an ID of only dots', 'getCustomerInventory', { integrationId: '={{ $json.id }}' }, 'Item 1: Customer Profile ID cannot be ".."', 'Talon.One cannot look up an ID made only of dots; check the value.', [{ id: '..' }]],
	['an ID cut in the middle of an emoji', 'updateCustomerSessionV2', { customerSessionId: '={{ $json.name.slice(0, 7) }}' }, 'Item 1: Customer Session ID contains a broken character (half of an emoji or other symbol)', 'Check the expression that builds it; it may cut the text in the middle of a character.', [{ name: 'order-😀' }]],
];

const attributeNames: Case[] = [
	['an attribute name that is a number', 'updateCustomerProfileV2', attributeRow('={{ 42 }}', 'string', 'x'), 'Item 1: Attributes row 1 name must be text, got 42', fix.rowName],
	['an attribute name that is an object', 'updateCustomerProfileV2', attributeRow('={{ $json.name }}', 'string', 'x'), 'Item 1: Attributes row 1 name must be text, got an object', fix.rowName, [{ name: { first: 'x' } }]],
	['an attribute name that is a list', 'updateCustomerProfileV2', attributeRow('={{ ["a", "b"] }}', 'string', 'x'), 'Item 1: Attributes row 1 name must be text, got a list of 2', fix.rowName],
	['an attribute without name', 'updateCustomerProfileV2', attributeRow('={{ $json.missing }}', 'string', 'x'), 'Item 1: Attributes row 1 has no name', 'Fill in the name or remove the row.'],
	['an additional cost name that is a number', 'updateCustomerSessionV2', { customerSessionId: 's1', additionalFields: { additionalCosts: { cost: [{ name: '={{ 7 }}', price: 1 }] } } }, 'Item 1: Additional Costs row 1 name must be text, got 7', fix.rowName],
	['an attribute value that does not fit its type', 'updateCustomerProfileV2', attributeRow('birthday', 'date', 'next tuesday'), 'Item 1: Attributes "birthday" must be a date and time with a time zone, like 2026-12-24T18:00:00Z or 2026-12-24T18:00:00+01:00, got "next tuesday"', 'Pick it in the date picker, or write a date that exists, the time and a time zone (Z for UTC, or an offset such as +01:00).'],
];

/** One named test per case; the case is passed whole, so a missing input list is not mistaken for jest's done callback. */
function rejects(cases: Case[]): void {
	test.each(cases.map((c) => [c[0], c] as const))('%s', async (_title, [, op, parameters, message, hint, items]) => {
		await expectRejected(op, parameters, message, hint, items);
	});
}

describe('Bad input: nothing is sent, and the error names the item, the field and the fix', () => {
	describe('numbers', () => rejects(numbers));
	describe('missing required fields', () => rejects(missing));
	describe('invalid JSON and JSON of the wrong shape', () => rejects(jsonProblems));
	describe('unknown choices', () => rejects(enums));
	describe("more entries than Talon.One's schema allows", () => rejects(tooMany));
	describe('empty or unusable IDs', () => rejects(emptyIds));
	describe('attribute names and values', () => rejects(attributeNames));

	test('the bad item is named by its position: item 3 of 3 stops the run, and its index is in the error', async () => {
		const result = await expectRejected(
			'updateCustomerSessionV2',
			{ customerSessionId: '={{ $json.id }}', cartItems: { item: [{ ...cartItem, quantity: '={{ $json.qty }}' }] } },
			'Item 3, cart item 1: Quantity must be a number, got "3 pairs"',
			fix.number,
			[{ id: 'a', qty: 1 }, { id: 'b', qty: '2' }, { id: 'c', qty: '3 pairs' }],
		);
		expect((result.error as { context?: IDataObject }).context?.itemIndex).toBe(2);
	});

	test('with Continue On Fail only the bad item is held back; it gets its error and the fix, the others are sent', async () => {
		const result = await run(server, 'trackEvent', { type: 'signup', sessionId: '={{ $json.session }}' }, {
			inputItems: [{ session: 's1' }, { session: '' }, { session: 's3' }],
			continueOnFail: true,
		});
		const output = outputOf(result);
		expect(output[1]).toEqual({
			error: 'Item 2: Customer Session ID is required and may not be empty',
			description: 'Fill it in. Nothing was sent to Talon.One for this item.',
		});
		expect(server.requests.map((r) => (r.body as IDataObject).sessionId)).toEqual(['s1', 's3']);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});
});

describe('Huge values are handled without crashing or hanging', () => {
	test('a 1 MB attribute value is sent intact', async () => {
		const big = 'ö'.repeat(512 * 1024);
		const result = await run(server, 'updateCustomerProfileV2', attributeRow('notes', 'string', big));
		expect(result.error).toBeUndefined();
		expect(server.requests).toHaveLength(1);
		expect(Buffer.byteLength(server.requests[0].bodyText)).toBeGreaterThan(1024 * 1024);
		expect((server.requests[0].body as { attributes: IDataObject }).attributes.notes).toBe(big);
		expect(server.state.profiles.get('p1')?.attributes.notes).toBe(big);
	});

	test('a 1 MB value that does not fit its type gives a short message, not the whole value', async () => {
		const result = await expectRejected(
			'updateCustomerProfileV2',
			attributeRow('visits', 'number', '={{ "9".repeat(1000000) + "x" }}'),
			`Item 1: Attributes "visits" must be a number, got "${'9'.repeat(56)}..."`,
			'Enter digits only, e.g. 42 or 9.99, or change the attribute type.',
		);
		expect(result.error!.message.length).toBeLessThan(200);
	});

	test('10,000 cart items in one session are validated and sent in one request', async () => {
		const cart = Array.from({ length: 10_000 }, (_, i) => ({ name: `Item ${i}`, sku: `SKU-${i}`, quantity: 1 + (i % 3), price: i % 100 }));
		const result = await run(server, 'updateCustomerSessionV2', json({ customerSession: { cartItems: cart } }, { customerSessionId: 'big-cart' }));
		expect(result.error).toBeUndefined();
		expect(server.requests).toHaveLength(1);
		expect((server.requests[0].body as { customerSession: { cartItems: unknown[] } }).customerSession.cartItems).toEqual(cart);
	});

	test('10,000 cart items of which the last is broken: the message names cart item 10000', async () => {
		const cart: IDataObject[] = Array.from({ length: 10_000 }, (_, i) => ({ name: `Item ${i}`, sku: `SKU-${i}`, quantity: 1, price: 1 }));
		cart[9_999].price = '1.99 €';
		await expectRejected(
			'updateCustomerSessionV2',
			json({ customerSession: { cartItems: cart } }, { customerSessionId: 'big-cart' }),
			'Item 1, cart item 10000: Price must be a number, got "1.99 €"',
			fix.number,
		);
	});
});

describe('Unicode, emoji and right-to-left text pass through unchanged', () => {
	const texts = {
		hebrew: 'שלום עולם',
		arabic: 'مرحبا بالعالم',
		mixed: 'Order ‏#42‏ — طلب',
		emoji: '👟👩‍👩‍👧‍👦🏳️‍🌈',
		combining: 'Cafe\u0301 vs Café',
		cjk: '東京の靴',
		zeroWidth: 'a\u200bb\u200dc',
	};

	test.each(Object.entries(texts))('%s text in a cart item, an attribute and the session ID', async (_kind, text) => {
		const id = `session ${text}`;
		const result = await run(server, 'updateCustomerSessionV2', {
			customerSessionId: '={{ $json.id }}',
			cartItems: { item: [{ ...cartItem, name: '={{ $json.text }}', additionalFields: { category: '={{ $json.text }}' } }] },
			additionalFields: {
				attributes: { attribute: [{ name: 'note', type: 'string', value: '={{ $json.text }}' }] },
			},
		}, { inputItems: [{ id, text }] });
		expect(result.error).toBeUndefined();
		const [request] = server.requests;
		expect(request.pathParams.customerSessionId).toBe(id);
		const session = (request.body as { customerSession: { cartItems: IDataObject[]; attributes: IDataObject } }).customerSession;
		expect(session.cartItems[0]).toMatchObject({ name: text, category: text });
		expect(session.attributes.note).toBe(text);
		expect(request.bodyText).toContain(text);
		expect(server.state.sessions.get(id)?.cartItems[0].name).toBe(text);
	});

	test('a JSON body with every kind of text is sent byte for byte as JSON', async () => {
		const attributes = Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, v]));
		await run(server, 'updateCustomerProfileV2', json({ attributes }, { integrationId: texts.arabic }));
		expect(server.requests[0].body).toEqual({ attributes });
		expect(server.state.profiles.get(texts.arabic)?.attributes).toMatchObject(attributes);
	});
});
