import { randomBytes } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { credentialsFor, useFakeServer } from '../support/talonOne';
import { Redactor } from '../../nodes/TalonOne/transport/redact';
import { expectNoSecretIn, outputOf, run, textsOf, watchForSecrets } from './support';
import { sendJson, sendText, startHttpServer, type ReceivedRequest } from './rawServers';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

/** Simplify off: Talon.One's answer as it came, where an echoed key could hide in any property. */
const session = { customerSessionId: 's1', simplify: false, options: { maxRetries: 0 } };
const keyOf = (request: ReceivedRequest) => String(request.headers.authorization).replace(/^ApiKey-v1 /, '');
/** Every character as a JSON \u escape. */
const unicodeEscaped = (text: string) => [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
/** A JSON string literal with `/` written as `\/` (as PHP's json_encode does). */
const slashEscaped = (text: string) => JSON.stringify(text).replace(/\//g, '\\/');

/** Runs a session update against a server that answers with `answer(key)`, with Continue On Fail, and returns everything the user can see. */
async function seen(apiKey: string, answer: (key: string, res: Parameters<Parameters<typeof startHttpServer>[0]>[1]) => void) {
	const echo = await startHttpServer((request, res) => answer(keyOf(request), res));
	const credentials = { ...credentialsFor(server), baseUrl: echo.url, apiKey };
	const continued = await run(server, 'updateCustomerSessionV2', session, { credentials, continueOnFail: true });
	const stopped = await run(server, 'updateCustomerSessionV2', session, { credentials });
	expect(echo.requests.map(keyOf)).toEqual([apiKey, apiKey]);
	const error = stopped.error as { message?: string; description?: string; errorResponse?: unknown } | undefined;
	return {
		output: outputOf(continued)[0],
		error,
		all: [outputOf(continued), continued.runData, stopped.runData, error, error?.description, error?.errorResponse],
	};
}

const longKey = () => `ak${randomBytes(20).toString('hex')}`;
const errorBody = (echo: string) => ({ message: `You sent ${echo}`, errors: [{ title: 'Bad Request', details: echo }] });

describe('Secret redaction covers escaped and partial echoes in everything the user sees', () => {
	test('a JSON answer with the key written as \\u escapes: redacted in the output item, the error, errorResponse and the run data', async () => {
		const apiKey = longKey();
		const { output, all } = await seen(apiKey, (key, res) => {
			const text = `{"message":"You sent ${unicodeEscaped(key)}","errors":[{"title":"Bad Request","details":"${unicodeEscaped(key)}"}]}`;
			sendText(res, 400, text, { 'content-type': 'application/json' });
		});
		expect(output).toEqual({
			error: 'Talon.One did not accept the request: You sent [redacted]',
			description: 'Talon.One says: You sent [redacted]\n- Bad Request: [redacted]',
			httpCode: '400',
		});
		expectNoSecretIn(all, [apiKey]);
	});

	test('a key with "/" and a quote echoed as \\/ and \\": redacted', async () => {
		const apiKey = `ak/${randomBytes(8).toString('hex')}"/${randomBytes(8).toString('hex')}`;
		const { output, all } = await seen(apiKey, (key, res) => {
			sendText(res, 422, `{"message":${slashEscaped(`token ${key} invalid`)},"errors":[]}`, { 'content-type': 'application/json' });
		});
		expect(output.error).toBe('Talon.One could not process the data: token [redacted] invalid');
		expectNoSecretIn(all, [apiKey]);
	});

	test('the first 20 characters of the key in a 200 answer: redacted in the output item', async () => {
		const apiKey = longKey();
		const { output, all } = await seen(apiKey, (key, res) => sendJson(res, 200, { customerSession: { id: 1 }, debug: { seenKey: `${key.slice(0, 20)}...` } }));
		expect(output.debug).toEqual({ seenKey: '[redacted]...' });
		expectNoSecretIn(all, [apiKey]);
	});

	test('escaped echoes in an answer that is not JSON (text, URL escapes, HTML character references): redacted', async () => {
		const apiKey = longKey();
		const { output, all } = await seen(apiKey, (key, res) => {
			const percent = [...key].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('');
			const html = [...key].map((c) => `&#${c.charCodeAt(0)};`).join('');
			sendText(res, 502, `echo: ${unicodeEscaped(key)} ${percent} ${html} ${key.slice(3, 15)}`);
		});
		expect(output.description).toBe('The answer was not JSON: "echo: [redacted] [redacted] [redacted] [redacted]"');
		expectNoSecretIn(all, [apiKey]);
	});

	test('a key shorter than 8 characters is redacted too', async () => {
		const apiKey = `k${randomBytes(2).toString('hex')}`;
		const { output, all } = await seen(apiKey, (key, res) => sendJson(res, 400, errorBody(key)));
		expect(output.error).toBe('Talon.One did not accept the request: You sent [redacted]');
		expect(textsOf(all).join('\n')).not.toContain(apiKey);
	});
});

describe('The redaction rule', () => {
	const secret = 'ak0123456789abcdef';
	const redactor = new Redactor([secret, undefined]);

	test.each([
		['the whole key', `x ${secret} y`, 'x [redacted] y'],
		['8 of its characters', 'id 23456789 end', 'id [redacted] end'],
		['7 of its characters stay', 'id 2345678 end', 'id 2345678 end'],
		['mixed escapes', 'a\\u0061k01%323456&#55;89 b', 'a[redacted] b'],
		['two echoes', `${secret}-${secret}`, '[redacted]-[redacted]'],
	])('%s', (_title, text, expected) => {
		expect(redactor.text(text)).toBe(expected);
	});

	test('keys and values of parsed JSON, without touching other values', () => {
		const value: IDataObject = { [secret]: [{ note: `key=${secret.slice(2, 12)}` }], n: 1, ok: true, none: null };
		expect(redactor.value(value)).toEqual({ '[redacted]': [{ note: 'key=[redacted]' }], n: 1, ok: true, none: null });
	});
});
