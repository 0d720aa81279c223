import type { ServerResponse } from 'node:http';
import type { IDataObject } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { testCredential } from '../../tools/n8n-harness';
import { credentialsFor, useFakeServer } from '../support/talonOne';
import { TalonOne } from '../../nodes/TalonOne/TalonOne.node';
import { sendJson, sendText, startHttpServer } from './rawServers';
import { expectNoSecretIn, watchForSecrets } from './support';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

const check = async (credentials: IDataObject) => await testCredential(new TalonOne(), 'talonOneApi', credentials as never);
const wrongKey = 'wrong-key-0123456789abcdef';
const baseUrlHint = "check that the Base URL is your Talon.One deployment's address, e.g. https://yourbaseurl.talon.one";

async function checkAgainst(answer: (res: ServerResponse) => void) {
	const raw = await startHttpServer((_request, res) => answer(res));
	const result = await check({ ...credentialsFor(server), baseUrl: raw.url, apiKey: wrongKey });
	expectNoSecretIn([result], [wrongKey]);
	return { result, host: `127.0.0.1:${raw.port}` };
}

describe('The credential test only passes when the answer proves Talon.One accepted the key', () => {
	test.each(['apiKey', 'signing'] as const)('the fake Talon.One with the right %s credentials: successful', async (scheme) => {
		expect(await check(credentialsFor(server, scheme))).toEqual({ status: 'OK', message: 'Connection successful: Talon.One accepted the credentials' });
	});

	test('the fake Talon.One with a wrong key: rejected (401)', async () => {
		const result = await check({ ...credentialsFor(server), apiKey: wrongKey });
		expect(result).toEqual({
			status: 'Error',
			message: 'Talon.One rejected the credentials (HTTP 401): check the Integration API key and that it belongs to the Application of this deployment',
		});
	});

	test('an HTML 404 page: not Talon.One', async () => {
		const { result, host } = await checkAgainst((res) => sendText(res, 404, '<html><body><h1>404 Not Found</h1></body></html>', { 'content-type': 'text/html' }));
		expect(result).toEqual({ status: 'Error', message: `The server at ${host} answered HTTP 404 with a web page, not as Talon.One does: ${baseUrlHint}` });
	});

	test('a single-page app that answers 200 HTML to everything: not Talon.One', async () => {
		const { result, host } = await checkAgainst((res) => sendText(res, 200, '<!doctype html><div id="app"></div>', { 'content-type': 'text/html' }));
		expect(result).toEqual({ status: 'Error', message: `The server at ${host} answered HTTP 200 with a web page, not as Talon.One does: ${baseUrlHint}` });
	});

	test("a JSON 404 that is not Talon.One's error shape: not Talon.One", async () => {
		const { result, host } = await checkAgainst((res) => sendJson(res, 404, { error: 'Not Found', status: 404, path: '/v1/coupon_reservations' }));
		expect(result).toEqual({
			status: 'Error',
			message: `The server at ${host} answered HTTP 404 with JSON without the fields Talon.One sends, not as Talon.One does: ${baseUrlHint}`,
		});
	});

	test('a JSON 200 of another API: not Talon.One', async () => {
		const { result } = await checkAgainst((res) => sendJson(res, 200, { ok: true }));
		expect(result.status).toBe('Error');
	});

	test('Talon.One\'s "not found" for a wrong path (Base URL with an extra path), which comes before any key check: not successful', async () => {
		const result = await check({ ...credentialsFor(server), baseUrl: `${server.url}/api` });
		expect(result).toEqual({
			status: 'Error',
			message:
				'Talon.One answered "not found" without checking the key, so the Base URL may have an extra path: ' +
				"enter only your deployment's address, e.g. https://yourbaseurl.talon.one",
		});
	});
});
