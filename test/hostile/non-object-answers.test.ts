import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { credentialsFor, useFakeServer } from '../support/talonOne';
import { descriptionOf, outputOf, run, watchForSecrets } from './support';
import { sendText, startHttpServer } from './rawServers';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

const mayBeApplied = 'The change may have been applied; check in Talon.One before sending it again.';

describe('A 2xx answer whose JSON is not an object is a clear error for each item, never a crash', () => {
	test('200 with the JSON body null, Continue On Fail: 3 items in, 3 error items out, each paired', async () => {
		const raw = await startHttpServer((_request, res) => sendText(res, 200, 'null', { 'content-type': 'application/json' }));
		const result = await run(server, 'updateCustomerSessionV2', { customerSessionId: '={{ $json.id }}' }, {
			credentials: { ...credentialsFor(server), baseUrl: raw.url },
			inputItems: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		const item = {
			error: 'Talon.One answered HTTP 200 but the answer was JSON null, not an object',
			description: `The answer was: null\n${mayBeApplied}`,
			httpCode: '200',
		};
		expect(outputOf(result)).toEqual([item, item, item]);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	test.each([
		['a number', '42', 'a number'],
		['a text', '"ok"', 'a text'],
		['true', 'true', 'a true/false value'],
		['a list', '[1,2]', 'a list'],
	])('200 with %s: the run stops with a message naming what came', async (_title, body, kind) => {
		const raw = await startHttpServer((_request, res) => sendText(res, 200, body, { 'content-type': 'application/json' }));
		const result = await run(server, 'trackEvent', { type: 'purchase', sessionId: 'order-1' }, { credentials: { ...credentialsFor(server), baseUrl: raw.url } });
		expect(result.error?.message).toBe(`Talon.One answered HTTP 200 but the answer was JSON ${kind}, not an object`);
		expect(descriptionOf(result)).toBe(
			`The answer was: ${body}\n${mayBeApplied}\n\nMaybe applied (check in Talon.One): items 1.`,
		);
	});

	test('a read (GET) answered with null: an error that says nothing was changed, not "maybe applied"', async () => {
		const raw = await startHttpServer((_request, res) => sendText(res, 200, 'null', { 'content-type': 'application/json' }));
		const result = await run(server, 'getReservedCustomers', { couponValue: 'WELCOME10' }, { credentials: { ...credentialsFor(server), baseUrl: raw.url } });
		expect(result.error?.message).toBe('Talon.One answered HTTP 200 but the answer was JSON null, not an object');
		expect(descriptionOf(result)).toBe(
			'The answer was: null\nNothing was changed: this operation only reads from Talon.One.\n\nNo item was read from Talon.One.',
		);
	});
});
