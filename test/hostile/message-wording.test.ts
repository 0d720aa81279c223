import type { IDataObject, INodeParameters } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { NODE_UNDER_TEST_NAME, type RunNodeResult } from '../../tools/n8n-harness';
import { credentialsFor, useFakeServer } from '../support/talonOne';
import { descriptionOf, outputOf, run, watchForSecrets } from './support';
import { startHttpServer } from './rawServers';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

const event = { type: 'purchase', sessionId: 'order-1' };

/** The error as n8n stored it in the run data (what the editor shows). */
const storedError = (result: RunNodeResult) => result.runData[NODE_UNDER_TEST_NAME]?.[0]?.error as { message?: string; description?: string } | undefined;

/** Runs stopped and with Continue On Fail; the message and description must be the node's own, everywhere. */
async function expectOwnWording(operationId: string, parameters: INodeParameters, message: string, description: string, credentials?: IDataObject) {
	const stopped = await run(server, operationId, parameters, { credentials });
	expect(stopped.error?.message).toBe(message);
	expect(storedError(stopped)?.message).toBe(message);
	expect(descriptionOf(stopped)?.startsWith(description)).toBe(true);
	const continued = await run(server, operationId, parameters, { credentials, continueOnFail: true });
	expect(outputOf(continued)[0]).toMatchObject({ error: message, description });
}

describe("n8n's rewriting of messages with OS error words does not replace the node's wording", () => {
	test('a reset on a POST: "failed (ECONNRESET)" and "check before sending it again", not "You can retry the request immediately"', async () => {
		const raw = await startHttpServer((_request, res) => res.socket?.resetAndDestroy());
		await expectOwnWording(
			'trackEvent',
			event,
			`The connection to Talon.One at 127.0.0.1:${raw.port} failed (ECONNRESET). Try again later.`,
			'The request may or may not have reached Talon.One; check before sending it again.',
			{ ...credentialsFor(server), baseUrl: raw.url },
		);
	});

	test('a host whose name contains "eperm" (keepermart.invalid): "Could not find the server", not "Operation not permitted"', async () => {
		await expectOwnWording(
			'trackEvent',
			{ ...event, options: { maxRetries: 0 } },
			'Could not find the server keepermart.invalid. Check the Base URL in the Talon.One credential.',
			'Nothing was sent to Talon.One.',
			{ ...credentialsFor(server), baseUrl: 'https://keepermart.invalid' },
		);
	});

	test('a credential mistake that quotes "eperm": the credential message', async () => {
		const result = await run(server, 'trackEvent', event, { credentials: { ...credentialsFor(server), baseUrl: 'keepermart' } });
		expect(result.error?.message).toBe(`The Base URL "keepermart" is not a valid address. Enter your deployment's address, e.g. https://yourbaseurl.talon.one`);
		expect(storedError(result)?.message).toBe(result.error?.message);
	});

	test('an input value that is an OS error word: the input message quotes it', async () => {
		const result = await run(server, 'updateCustomerSessionV2', {
			customerSessionId: 's1',
			cartItems: { item: [{ name: 'Shoe', sku: 'SKU-1', quantity: 1, price: 'ECONNREFUSED' }] },
		});
		expect(result.error?.message).toBe('Item 1, cart item 1: Price must be a number, got "ECONNREFUSED"');
		expect(server.requests).toHaveLength(0);
	});
});
