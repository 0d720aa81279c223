import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { useFakeServer } from '../support/talonOne';
import { attributeRow, expectRejected, jsonBody } from './rejects';
import { outputOf, run, watchForSecrets } from './support';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

const hint = 'JSON has no NaN or Infinity, and numbers beyond about 1.8e308 become Infinity: use a finite number or leave it out.';

describe('NaN, Infinity and 1e309 are refused with the item and field named, never sent as null', () => {
	test('1e309 in a JSON attribute', async () => {
		await expectRejected(server, 'updateCustomerProfileV2', attributeRow('scores', 'json', '[1, 1e309]'), 'Item 1: Attributes "scores" entry 2 must be a finite number, got Infinity', hint);
	});

	test('-1e309 deep inside a JSON attribute', async () => {
		await expectRejected(server, 'updateCustomerProfileV2', attributeRow('prefs', 'json', '{"limits": {"max": -1e309}}'), 'Item 1: Attributes "prefs" limits max must be a finite number, got -Infinity', hint);
	});

	test('NaN in a list attribute from an expression', async () => {
		await expectRejected(server, 'updateCustomerProfileV2', attributeRow('tags', 'list', '={{ ["a", NaN] }}'), 'Item 1: Attributes "tags" entry 2 must be a finite number, got NaN', hint);
	});

	test('Infinity in a JSON attribute from an expression that returns an object', async () => {
		await expectRejected(server, 'updateCustomerProfileV2', attributeRow('prefs', 'json', '={{ { ratio: 1 / 0 } }}'), 'Item 1: Attributes "prefs" ratio must be a finite number, got Infinity', hint);
	});

	test('1e309 as an attribute in a JSON body', async () => {
		await expectRejected(server, 'updateCustomerProfileV2', jsonBody('{"attributes": {"visits": 1e309}}', { integrationId: 'p1' }), 'Item 1: Attributes "visits" must be a finite number, got Infinity', hint);
	});

	test('1e309 in a cart item attribute names the cart item', async () => {
		await expectRejected(
			server,
			'updateCustomerSessionV2',
			jsonBody('{"customerSession": {"cartItems": [{"name": "Shoe", "sku": "S", "quantity": 1, "price": 1, "attributes": {"size": 1e309}}]}}', { customerSessionId: 's1' }),
			'Item 1, cart item 1: Attributes "size" must be a finite number, got Infinity',
			hint,
		);
	});

	test('with Continue On Fail only the item with NaN is held back; the others are sent with their numbers', async () => {
		const result = await run(server, 'updateCustomerProfileV2', attributeRow('scores', 'json', '={{ $json.scores }}', '={{ $json.id }}'), {
			inputItems: [{ id: 'a', scores: '[1.5, 2]' }, { id: 'b', scores: '[1e309]' }],
			continueOnFail: true,
		});
		expect(outputOf(result)[1].error).toBe('Item 2: Attributes "scores" entry 1 must be a finite number, got Infinity');
		expect(server.requests.map((r) => r.bodyText)).toEqual(['{"attributes":{"scores":[1.5,2]}}']);
	});
});
