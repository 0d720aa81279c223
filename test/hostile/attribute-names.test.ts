import type { IDataObject } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { useFakeServer } from '../support/talonOne';
import { attributeRow, expectRejected, jsonBody } from './rejects';
import { run, watchForSecrets } from './support';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

const attributeHint = 'Talon.One attribute names start with a letter and have only letters, digits and _, e.g. loyaltyTier.';
const costHint = 'Use the name of the additional cost as defined in Talon.One, e.g. shipping.';
const sentAttributes = () => (server.requests[0].body as { attributes: IDataObject }).attributes;

describe('Attribute and cost names: sent as typed, or refused with a clear message', () => {
	test('an attribute row named __proto__ is refused, not dropped', async () => {
		await expectRejected(server, 'updateCustomerProfileV2', attributeRow('__proto__', 'json', '{"tier": "gold"}'), 'Item 1: Attributes "__proto__" is not a valid attribute name', attributeHint);
	});

	test('__proto__ as an attribute in a JSON body is refused, not dropped', async () => {
		await expectRejected(server, 'updateCustomerProfileV2', jsonBody('{"attributes": {"__proto__": {"tier": "gold"}}}', { integrationId: 'p1' }), 'Item 1: Attributes "__proto__" is not a valid attribute name', attributeHint);
	});

	test.each([['first name'], ['1st'], ['tier-level'], ['_hidden']])('an attribute named %p is refused before sending', async (name) => {
		await expectRejected(server, 'updateCustomerProfileV2', attributeRow(name, 'string', 'x'), `Item 1: Attributes "${name}" is not a valid attribute name`, attributeHint);
	});

	test('an additional cost named __proto__ is refused, not dropped', async () => {
		await expectRejected(
			server,
			'updateCustomerSessionV2',
			{ customerSessionId: 's1', additionalFields: { additionalCosts: { cost: [{ name: '__proto__', price: 5 }] } } },
			'Item 1: Additional Costs "__proto__" cannot be used as a name',
			costHint,
		);
	});

	test('attributes named constructor, toString and hasOwnProperty are sent as typed', async () => {
		const result = await run(server, 'updateCustomerProfileV2', {
			integrationId: 'p1',
			additionalFields: {
				attributes: {
					attribute: [
						{ name: 'constructor', type: 'string', value: 'a' },
						{ name: 'toString', type: 'number', value: '2' },
						{ name: 'hasOwnProperty', type: 'boolean', value: 'true' },
					],
				},
			},
		});
		expect(result.error).toBeUndefined();
		expect(server.requests[0].bodyText).toBe('{"attributes":{"constructor":"a","toString":2,"hasOwnProperty":true}}');
	});

	test('"__proto__" inside a JSON attribute value is sent as typed', async () => {
		const result = await run(server, 'updateCustomerProfileV2', attributeRow('prefs', 'json', '{"__proto__": {"polluted": true}, "a": 1}'));
		expect(result.error).toBeUndefined();
		expect(server.requests[0].bodyText).toBe('{"attributes":{"prefs":{"__proto__":{"polluted":true},"a":1}}}');
		expect(Object.getPrototypeOf(sentAttributes().prefs)).toBe(Object.prototype);
		expect(({} as IDataObject).polluted).toBeUndefined();
	});
});
