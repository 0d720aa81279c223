import { randomBytes } from 'node:crypto';
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { testCredential } from '../../tools/n8n-harness';
import { credentialsFor, useFakeServer, type Scheme } from '../support/talonOne';
import { TalonOne } from '../../nodes/TalonOne/TalonOne.node';
import {
	capturedLogCount,
	descriptionOf,
	expectNoRequestHeaders,
	expectNoSecretIn,
	outputOf,
	run,
	watchForSecrets,
} from './support';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
// After every test here (and in every other hostile test file): outputs, errors and logs hold no 8 characters of any secret.
watchForSecrets();

const schemes: Array<[Scheme, string, INodeParameters]> = [
	['apiKey', 'updateCustomerSessionV2', { customerSessionId: 's1' }],
	['signing', 'updateCustomerSession', { customerSessionId: 's1' }],
	['managementKey', 'deleteAudienceV2', { audienceId: 1 }],
	['bearerToken', 'deleteAudienceMembershipsV2', { audienceId: 1 }],
];

describe('Secrets never appear in outputs, errors or logs', () => {
	test.each(schemes)('%s: a 401 from Talon.One, stopped and with Continue On Fail', async (scheme, operationId, parameters) => {
		server.setFaults([{ kind: 'status', status: 401, times: 2 }]);
		const stopped = await run(server, operationId, parameters, { scheme });
		expect(stopped.error?.message).toMatch(/^Talon.One rejected the API key/);
		const continued = await run(server, operationId, parameters, { scheme, continueOnFail: true });
		expect(outputOf(continued)[0].httpCode).toBe('401');
		expectNoRequestHeaders(stopped.error);
	});

	test('a wrong API key that Talon.One rejects is not repeated back', async () => {
		const wrongKey = `wrong${randomBytes(16).toString('hex')}`;
		const result = await run(server, 'getCustomerInventory', { integrationId: 'demo-customer-1' }, {
			credentials: { ...credentialsFor(server), apiKey: wrongKey },
		});
		expect(result.error?.message).toBe('Talon.One rejected the API key: check the key and that it belongs to this Application');
		expectNoSecretIn([result.error, descriptionOf(result)], [wrongKey]);
	});

	test('a proxy page that echoes the request headers back: the key is redacted from the error details', async () => {
		server.setFaults([{ kind: 'rawBody', status: 400, contentType: 'text/plain', body: `Bad request. You sent: Authorization: ApiKey-v1 ${server.options.apiKey}` }]);
		const result = await run(server, 'updateCustomerSessionV2', { customerSessionId: 's1' });
		expect(descriptionOf(result)).toMatch(/^The answer was not JSON: "Bad request. You sent: Authorization: ApiKey-v1 \[redacted\]"/);
	});

	test('a JSON error that quotes the bearer token: redacted in the message, the details and the output item', async () => {
		const { bearerToken } = server.options;
		server.setFaults([{ kind: 'status', status: 404, body: { message: `no audience for token ${bearerToken}`, errors: [{ title: 'Not Found', details: bearerToken }] } }]);
		const result = await run(server, 'deleteAudienceV2', { audienceId: 1 }, { scheme: 'bearerToken', continueOnFail: true });
		expect(outputOf(result)[0]).toEqual({
			error: 'Talon.One could not find it: check the ID or code: no audience for token [redacted]',
			description: 'Talon.One says: no audience for token [redacted]\n- Not Found: [redacted]',
			httpCode: '404',
		});
	});

	test('credential mistakes are explained without showing the key', async () => {
		const notHex = `not-a-hex-key-${randomBytes(8).toString('hex')}`;
		const result = await run(server, 'updateCustomerSession', { customerSessionId: 's1' }, {
			credentials: { ...credentialsFor(server, 'signing'), applicationKey: notHex },
		});
		expect(result.error?.message).toBe('The Application Key must be hexadecimal (digits 0-9 and letters a-f), as shown in the Campaign Manager.');
		expectNoSecretIn([result.error], [notHex]);
		expect(server.requests).toHaveLength(0);
	});

	test("the credential test's answer for a rejected key does not contain it", async () => {
		const wrongKey = `wrong${randomBytes(16).toString('hex')}`;
		const answer = await testCredential(new TalonOne(), 'talonOneApi', { ...credentialsFor(server), apiKey: wrongKey });
		expect(answer.status).toBe('Error');
		expectNoSecretIn([answer], [wrongKey, ...Object.values(server.options).filter((v): v is string => typeof v === 'string' && v.length > 8)]);
	});

	test('error objects carry no request headers: input, API, transport and unreadable-answer errors', async () => {
		const errors: unknown[] = [];
		const collect = async (parameters: INodeParameters, options: { credentials?: IDataObject } = {}) => {
			const result = await run(server, 'updateCustomerSessionV2', { customerSessionId: 's1', options: { maxRetries: 0, timeout: 1 }, ...parameters }, options);
			expect(result.error).toBeDefined();
			errors.push(result.error);
		};
		await collect({ customerSessionId: '={{ "" }}' });
		server.setFaults([{ kind: 'status', status: 422 }]);
		await collect({});
		server.setFaults([{ kind: 'rawBody', status: 200, body: '<html>' }]);
		await collect({});
		server.setFaults([{ kind: 'resetBeforeBody' }]);
		await collect({});
		await collect({}, { credentials: { ...credentialsFor(server), baseUrl: 'http://talon-one.invalid' } });
		for (const error of errors) expectNoRequestHeaders(error);
	});

	test("what n8n logs is captured and scanned too (console, LoggerProxy, n8n's Logger)", async () => {
		const before = capturedLogCount();
		await run(server, 'trackEvent', { type: 'signup', sessionId: 's1' });
		expect(capturedLogCount()).toBeGreaterThan(before);
	});

	test('the scan counts 8 characters of a secret, anywhere in it, as a leak', () => {
		const secret = `ak${randomBytes(20).toString('hex')}`;
		expect(() => expectNoSecretIn([{ deep: [`prefix ${secret.slice(0, 8)} suffix`] }], [secret])).toThrow(/A secret leaked/);
		expect(() => expectNoSecretIn([new Error(`x${secret.slice(20, 28)}x`)], [secret])).toThrow(/A secret leaked/);
		expect(() => expectNoSecretIn([{ text: secret.slice(0, 7) }], [secret])).not.toThrow();
	});
});
