import type { IDataObject, INodeParameters } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { expectNoSecrets, jsonOf, runOperation, useFakeServer } from '../support/talonOne';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));

const cartItem = (price: string | number) => ({ name: 'Shoe', sku: 'S', quantity: 1, price });
const sessionWithCart = (prices: Array<string | number>): INodeParameters => ({
	customerSessionId: '={{ $json.id }}',
	cartItems: { item: prices.map(cartItem) },
});

async function expectRejected(operationId: string, parameters: INodeParameters, message: string | RegExp, inputItems?: IDataObject[]) {
	const result = await runOperation(server, operationId, parameters, { inputItems });
	expect(result.error?.message).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
	expect(server.requests).toHaveLength(0);
	expectNoSecrets(server, result.error);
	return result;
}

describe('validation before any request: the error names the item, the field and the fix', () => {
	const items = [{ id: 's1', price: 10 }, { id: 's2', price: 10 }, { id: 's3', price: 'abc' }];

	test('a non-numeric price in the third item stops the run before anything is sent', async () => {
		const result = await expectRejected(
			'updateCustomerSessionV2',
			sessionWithCart([5, '={{ $json.price }}']),
			'Item 3, cart item 2: Price must be a number, got "abc"',
			items,
		);
		expect((result.error as { context?: IDataObject }).context?.itemIndex).toBe(2);
	});

	test('with Continue On Fail the valid items are sent and the invalid one becomes an error item', async () => {
		const result = await runOperation(server, 'updateCustomerSessionV2', sessionWithCart([5, '={{ $json.price }}']), {
			inputItems: items,
			continueOnFail: true,
		});
		const output = jsonOf(result);
		expect(output).toHaveLength(3);
		expect(output[0].effects).toBeDefined();
		expect(output[2]).toMatchObject({ error: 'Item 3, cart item 2: Price must be a number, got "abc"' });
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(server.requests.map((r) => r.pathParams.customerSessionId)).toEqual(['s1', 's2']);
	});

	test('a missing required field', async () => {
		await expectRejected('trackEvent', { type: '={{ $json.type }}', sessionId: 's1' }, 'Item 1: Event Type is required and may not be empty', [{ type: '' }]);
	});

	test('a fractional quantity', async () => {
		await expectRejected(
			'updateCustomerSessionV2',
			{ customerSessionId: 's1', cartItems: { item: [{ ...cartItem(1), quantity: 1.5 }] } },
			'Item 1, cart item 1: Quantity must be a whole number, got 1.5',
		);
	});

	test('an unknown enum value in JSON mode', async () => {
		await expectRejected(
			'updateCustomerSessionV2',
			{ customerSessionId: 's1', inputMode: 'json', jsonBody: '{"customerSession": {"state": "paid"}}' },
			'Item 1: State must be one of open, closed, partially_returned, cancelled; got "paid"',
		);
	});

	test('more entries than the schema allows', async () => {
		await expectRejected(
			'updateCustomerSessionV2',
			{ customerSessionId: 's1', additionalFields: { identifiers: 'a,b,c,d,e,f' } },
			'Item 1: Identifiers has 6 entries but Talon.One accepts at most 5',
		);
	});

	test('invalid JSON', async () => {
		await expectRejected('createAudienceV2', { inputMode: 'json', jsonBody: '{"name": "VIP",}' }, /^Item 1: JSON Body is not valid JSON/);
	});

	test('JSON of the wrong shape', async () => {
		await expectRejected('createAudienceV2', { inputMode: 'json', jsonBody: '[{"name": "VIP"}]' }, /^Item 1: JSON Body must be a JSON object/);
	});

	test('a misspelt field in JSON is reported, not dropped', async () => {
		await expectRejected(
			'updateCustomerSessionV2',
			{ customerSessionId: 's1', inputMode: 'json', jsonBody: '{"customerSession": {"cartitems": []}}' },
			'Item 1: customerSession has unknown field "cartitems"',
		);
	});

	test('an attribute value that does not fit its type', async () => {
		await expectRejected(
			'updateCustomerProfileV2',
			{ integrationId: 'p1', additionalFields: { attributes: { attribute: [{ name: 'Age', type: 'number', value: 'forty' }] } } },
			'Item 1: Attributes "Age" must be a number, got "forty"',
		);
	});

	describe('list filters in the query name the entry, the field and the fix', () => {
		const achievements = (filters: IDataObject): INodeParameters => ({ integrationId: 'demo-customer-1', filters: filters as INodeParameters });

		test.each([
			{
				what: 'a choice Talon.One does not know, from an expression',
				filters: { achievementStatus: '={{ $json.status }}' },
				item: { status: ['active', 'done'] },
				message: 'Item 1: Achievement Status entry 2 must be one of active, scheduled; got "done"',
				fix: /^Use one of these values exactly as written/,
			},
			{
				what: 'a comma inside one entry of a list Talon.One reads comma-separated',
				filters: { achievementIds: '={{ $json.achievements }}' },
				item: { achievements: ['1', '2,3'] },
				message: 'Item 1: Achievement IDs entry 2 may not contain a comma, got "2,3": Talon.One reads the values of this field separated by commas',
				fix: /^Give each value as an entry of its own/,
			},
		])('$what', async ({ filters, item, message, fix }) => {
			const result = await expectRejected('getCustomerAchievements', achievements(filters), message, [item]);
			expect((result.error as { description?: string }).description).toMatch(fix);
		});

		test('an empty entry', async () => {
			await expectRejected(
				'getLoyaltyCardTransactions',
				{ loyaltyProgramId: 2, loyaltyCardId: 'DEMO-CARD-0001', filters: { transactionUUIDs: '={{ $json.transactions }}' } },
				/^Item 2: Transaction UUIDs entry 1 is empty: it has only spaces or invisible characters$/,
				[{ transactions: ['00000000-0000-4000-8000-000000000005'] }, { transactions: [' '] }],
			);
		});

		test('an object where an ID belongs', async () => {
			await expectRejected(
				'integrationGetAllCampaigns',
				{ filters: { campaignIds: '={{ $json.campaigns }}' } },
				'Item 1: Campaign Names or IDs entry 1 must be an ID, a whole number such as 42, got an object',
				[{ campaigns: [{ id: 1 }] }],
			);
		});
	});

	test('an empty ID in the path', async () => {
		await expectRejected('getCustomerInventory', { integrationId: '={{ $json.id }}' }, 'Item 1: Customer Profile ID is required and may not be empty', [
			{ id: '' },
		]);
	});

	test('application key signing on a V2 operation is refused before any request', async () => {
		const result = await runOperation(server, 'updateCustomerSessionV2', { customerSessionId: 's1' }, { scheme: 'signing' });
		expect(result.error?.message).toMatch(/cannot use application key signing.*Switch the credential to Integration API Key/);
		expect(server.requests).toHaveLength(0);
	});
});

describe("Talon.One's errors become messages a marketer understands", () => {
	test('401: the API key was rejected; the key is not in the error', async () => {
		const result = await runOperation(server, 'getCustomerInventory', { integrationId: 'demo-customer-1' }, {
			credentials: { baseUrl: server.url, authentication: 'apiKey', apiKey: 'definitely-wrong-key' },
		});
		expect(result.error?.message).toBe('Talon.One rejected the API key: check the key and that it belongs to this Application');
		expect((result.error as { httpCode?: string }).httpCode).toBe('401');
		expect(JSON.stringify({ ...result.error, d: (result.error as { description?: string }).description })).not.toContain('definitely-wrong');
	});

	test("404 with Talon.One's message and details, and Continue On Fail keeps the other items", async () => {
		const result = await runOperation(server, 'getReservedCustomers', { couponValue: '={{ $json.code }}' }, {
			inputItems: [{ code: 'NO-SUCH-COUPON' }, { code: 'WELCOME10' }],
			continueOnFail: true,
		});
		const [missing, found] = jsonOf(result);
		expect(missing.error).toMatch(/^Talon.One could not find it: check the ID or code/);
		expect(missing.httpCode).toBe('404');
		expect(missing.description).toMatch(/Talon.One says:/);
		expect(found.totalResultSize).toBe(1);
	});

	test('without Continue On Fail the node stops at the first failure and tells which items were applied', async () => {
		const result = await runOperation(
			server,
			'createCouponReservation',
			{ couponValue: '={{ $json.code }}', integrationIDs: 'p1', options: { maxParallel: 1 } },
			{ inputItems: [{ code: 'WELCOME10' }, { code: 'NOPE' }, { code: 'SUMMER-SALE' }] },
		);
		expect(result.error?.message).toMatch(/could not find it/);
		expect((result.error as { description?: string }).description).toMatch(/Already applied in Talon.One: items 1\. Not sent: items 3\.$/);
		expect(server.writes.map((w) => w.entityKey)).toEqual(['coupon:WELCOME10']);
	});

	test('with parallel requests the applied list matches what the server applied', async () => {
		const result = await runOperation(server, 'createCouponReservation', { couponValue: '={{ $json.code }}', integrationIDs: 'p1' }, {
			inputItems: [{ code: 'WELCOME10' }, { code: 'NOPE' }, { code: 'SUMMER-SALE' }],
		});
		const description = (result.error as { description?: string }).description ?? '';
		const applied = server.writes.map((w) => w.entityKey);
		expect(description.includes('items 1, 3')).toBe(applied.length === 2);
		expect(applied).toContain('coupon:WELCOME10');
	});
});

describe('Management API operations without a Management API key', () => {
	test('stop before anything is sent, saying where to create a key', async () => {
		const result = await runOperation(server, 'getApplication', { applicationId: 1 }, { inputItems: [{}, {}] });
		expect(result.error?.message).toBe(
			'"Application: Get" needs a Management API key, and the credential has none. In the Campaign Manager open Account > Tools > Management API Keys, create a key that may use this endpoint, then choose Management API Key in the credential\'s Management API setting and paste it.',
		);
		expect(server.requests).toHaveLength(0);
	});

	test('with Continue On Fail every item gets the error', async () => {
		const result = await runOperation(server, 'getApplication', { applicationId: 1 }, { inputItems: [{}, {}], continueOnFail: true });
		expect(jsonOf(result)).toEqual([0, 1].map(() => expect.objectContaining({ error: expect.stringContaining('needs a Management API key') })));
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(server.requests).toHaveLength(0);
	});
});

describe('IDs picked from a list or typed', () => {
	test("an audience's name where its ID is expected says to pick it, not to write decimals", async () => {
		await expectRejected(
			'deleteAudienceV2',
			{ audienceId: { __rl: true, mode: 'id', value: '={{ $json.audience }}' } },
			'Item 1: Audience must be an ID, a whole number such as 42, got "Newsletter subscribers"',
			[{ audience: 'Newsletter subscribers' }],
		);
	});

	test("a name among the IDs of a multi-select names the entry and says to choose it or give the IDs", async () => {
		const result = await expectRejected(
			'updateCustomerProfileV2',
			{ integrationId: 'p1', additionalFields: { adds: '={{ $json.audiences }}' } },
			'Item 2: Join Audience Names or IDs entry 2 must be an ID, a whole number such as 42, got "VIP"',
			[{ audiences: [1] }, { audiences: [1, 'VIP'] }],
		);
		expect((result.error as { description?: string }).description).toMatch(/^Choose it from the list, or give the numeric IDs .*\{\{ \[12, 13\] \}\}/);
	});

	test("a campaign's name where its ID is expected, on an operation without an Application field", async () => {
		await expectRejected(
			'createReferral',
			{ campaignId: '={{ $json.campaign }}', advocateProfileIntegrationId: 'a1' },
			'Item 1: Campaign must be an ID, a whole number such as 42, got "Refer a friend"',
			[{ campaign: 'Refer a friend' }],
		);
	});
});

describe('Campaign → Update changes only what is set: an update that sets nothing is refused, naming what to set', () => {
	const campaign = { applicationId: 1, campaignId: 1 };
	async function expectNothingToChange(parameters: INodeParameters, message: string, hint: string, inputItems?: IDataObject[]) {
		const result = await runOperation(server, 'updateCampaign', { ...campaign, ...parameters }, { scheme: 'managementKey', inputItems });
		expect(result.error?.message).toBe(message);
		expect((result.error as { description?: string }).description).toBe(`${hint} Nothing was sent to Talon.One: the node checks every item before it sends any.`);
		expect(server.requests).toHaveLength(0);
		expect(server.state.campaigns.get(1)?.state).toBe('enabled');
	}

	test('nothing added under Update Fields', async () => {
		await expectNothingToChange(
			{ updateFields: {} },
			'Item 1: Update Fields has nothing to change',
			'Add what to change under Update Fields: State, Name, Description, Start Time, End Time or Tags. Everything you do not add stays as it is.',
		);
	});

	test('a field added whose expression finds nothing for the second item names the field', async () => {
		await expectNothingToChange(
			{ updateFields: { name: '={{ $json.newName }}', tags: '={{ $json.tags }}' } },
			'Item 2: Update Fields has nothing to change: Name and Tags are empty',
			'Fill in Name and Tags; for an expression, check that it gives a value for this item.',
			[{ newName: 'Summer', tags: 'summer' }, { newName: '', tags: [] }],
		);
	});

	test('an empty JSON body', async () => {
		await expectNothingToChange(
			{ inputMode: 'json', jsonBody: '{}' },
			'Item 1: JSON Body has nothing to change',
			'Add at least one of state, name, description, startTime, endTime or tags; everything you leave out stays as it is.',
		);
	});

	test('with Continue On Fail the items that set something are sent, the others become error items', async () => {
		const result = await runOperation(server, 'updateCampaign', { ...campaign, updateFields: { name: '={{ $json.newName }}' } }, {
			scheme: 'managementKey',
			inputItems: [{ newName: '' }, { newName: 'Summer sale' }],
			continueOnFail: true,
		});
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({ error: 'Item 1: Update Fields has nothing to change: Name is empty' }),
			expect.objectContaining({ name: 'Summer sale', state: 'enabled' }),
		]);
		expect(server.requests.map((r) => r.method)).toEqual(['GET', 'PUT']);
	});
});
