import { createServer } from 'node:net';
import type { IDataObject } from 'n8n-workflow';
import type { FakeTalonOne, FaultRule } from '../../tools/fake-talon-one';
import { credentialsFor, startServer, useFakeServer } from '../support/talonOne';
import { TalonOneApi } from '../../credentials/TalonOneApi.credentials';
import { parseCredentials } from '../../nodes/TalonOne/transport/credentials';
import { descriptionOf, hasOpenssl, outputOf, run, selfSignedCertificate, watchForSecrets } from './support';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

const event = { type: 'purchase', sessionId: 'order-1' };
const session = { customerSessionId: 'order-1' };
const noRetry = { options: { maxRetries: 0 } };
const stopNote = 'No item was applied in Talon.One.';
const mayBeApplied = 'The change may have been applied; check in Talon.One before sending it again.';
const httpCode = (result: { error?: unknown }) => (result.error as { httpCode?: string | null } | undefined)?.httpCode;

/** A port on which nothing listens. */
async function closedPort(): Promise<number> {
	const probe = createServer();
	await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
	const { port } = probe.address() as { port: number };
	await new Promise((resolve) => probe.close(resolve));
	return port;
}

const nginx502 =
	'<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n';

describe('Broken answers: each becomes a clear error for its item, never a false success', () => {
	test('a 200 whose body is not JSON: "could not be read", may have been applied, not retried', async () => {
		server.setFaults([{ kind: 'rawBody', status: 200, contentType: 'text/plain', body: 'OK', apply: true }]);
		const result = await run(server, 'trackEvent', event);
		expect(result.error?.message).toBe('Talon.One answered HTTP 200 but the answer could not be read as JSON');
		expect(descriptionOf(result)).toBe(`The answer was not JSON: "OK"\n${mayBeApplied}\n\nMaybe applied (check in Talon.One): items 1.`);
		expect(server.requests).toHaveLength(1);
		expect(server.writes).toHaveLength(1);
	});

	test("a proxy's HTML error page with 502: \"having trouble\", the page's words without tags, a POST is not retried", async () => {
		server.setFaults([{ kind: 'rawBody', status: 502, contentType: 'text/html', body: nginx502, times: Infinity }]);
		const result = await run(server, 'trackEvent', event);
		expect(result.error?.message).toBe('Talon.One is having trouble (HTTP 502): try again later');
		expect(descriptionOf(result)).toBe(`The answer was not JSON: "502 Bad Gateway 502 Bad Gateway nginx/1.25.3"\n\n${stopNote}`);
		expect(httpCode(result)).toBe('502');
		expect(server.requests).toHaveLength(1);
	});

	test('the same 502 page on a PUT is retried as often as Max Retries allows, then reported', async () => {
		server.setFaults([{ kind: 'rawBody', status: 502, contentType: 'text/html', body: nginx502, times: Infinity }]);
		const result = await run(server, 'updateCustomerSessionV2', { ...session, options: { maxRetries: 2 } });
		expect(result.error?.message).toBe('Talon.One is having trouble (HTTP 502): try again later');
		expect(server.requests).toHaveLength(3);
	});

	test('a 502 page once, then a good answer: the PUT succeeds after one retry', async () => {
		server.setFaults([{ kind: 'rawBody', status: 502, contentType: 'text/html', body: nginx502, times: 1 }]);
		const result = await run(server, 'updateCustomerSessionV2', { ...session, options: { maxRetries: 1 } });
		expect(result.error).toBeUndefined();
		expect(server.requests).toHaveLength(2);
		expect(server.writes).toHaveLength(1);
	});

	test('truncated JSON: "could not be read", with the start of the answer and a warning that it may have been applied', async () => {
		server.setFaults([{ kind: 'rawBody', status: 200, contentType: 'application/json', body: '{"effects": [{"effectType": "setDisc', apply: true }]);
		const result = await run(server, 'updateCustomerSessionV2', session, { continueOnFail: true });
		expect(outputOf(result)).toEqual([
			{
				error: 'Talon.One answered HTTP 200 but the answer could not be read as JSON',
				description: `The answer was not JSON: "{"effects": [{"effectType": "setDisc"\n${mayBeApplied}`,
				httpCode: '200',
			},
		]);
	});

	test('an empty 200 where JSON is expected is an error, not a silent success', async () => {
		server.setFaults([{ kind: 'rawBody', status: 200, contentType: 'application/json', body: '', apply: true }]);
		const result = await run(server, 'updateCustomerSessionV2', session, { continueOnFail: true });
		expect(outputOf(result)).toEqual([
			{ error: 'Talon.One answered HTTP 200 but the answer was empty', description: `The answer had no details.\n${mayBeApplied}`, httpCode: '200' },
		]);
	});

	test('an empty 204, as Talon.One answers a deletion, stays a success', async () => {
		const result = await run(server, 'deleteCustomerData', { integrationId: 'demo-customer-1' });
		expect(outputOf(result)).toEqual([{ success: true, integrationId: 'demo-customer-1' }]);
	});
});

describe('Slow and unreachable servers: the run ends with a message that says what to check', () => {
	test('an answer slower than Timeout: "did not answer within 1 s", a POST is not sent twice, and the run does not hang', async () => {
		// an answer held far beyond jest's 5 s limit: only the node's own timeout can end this test in time
		server.setFaults([{ kind: 'delay', ms: 60_000 }]);
		const result = await run(server, 'trackEvent', { ...event, options: { timeout: 1 } });
		expect(result.error?.message).toBe("Talon.One did not answer within 1 s. Try again later, or raise Timeout in the node's options.");
		expect(descriptionOf(result)).toBe(
			'The request may or may not have reached Talon.One; check before sending it again.\n\nMaybe applied (check in Talon.One): items 1.',
		);
		expect(server.requests).toHaveLength(1);
		expect(server.writes).toHaveLength(0);
	});

	test('connection refused: "the connection was refused. Check the Base URL", nothing was sent', async () => {
		const port = await closedPort();
		const result = await run(server, 'trackEvent', { ...event, ...noRetry }, {
			credentials: { ...credentialsFor(server), baseUrl: `http://127.0.0.1:${port}` },
		});
		expect(result.error?.message).toBe(
			`Could not connect to Talon.One at 127.0.0.1:${port}: the connection was refused. Check the Base URL in the Talon.One credential.`,
		);
		expect(descriptionOf(result)).toBe(`Nothing was sent to Talon.One.\n\n${stopNote}`);
	});

	test('DNS failure for a bad Base URL (.invalid host): "Could not find the server", nothing was sent', async () => {
		const result = await run(server, 'updateCustomerSessionV2', { ...session, ...noRetry }, {
			credentials: { ...credentialsFor(server), baseUrl: 'https://talon-one-deployment.invalid' },
		});
		expect(result.error?.message).toBe(
			'Could not find the server talon-one-deployment.invalid. Check the Base URL in the Talon.One credential.',
		);
		expect(descriptionOf(result)).toBe(`Nothing was sent to Talon.One.\n\n${stopNote}`);
	});
});

(hasOpenssl ? describe : describe.skip)('TLS: a self-signed certificate is refused unless Ignore SSL Issues is on', () => {
	let tlsServer: FakeTalonOne;
	beforeAll(async () => {
		tlsServer = await startServer({ tls: selfSignedCertificate() });
	});
	afterAll(async () => await tlsServer.close());

	test('Ignore SSL Issues is off by default', () => {
		const option = new TalonOneApi().properties.find((p) => p.name === 'allowUnauthorizedCerts');
		expect(option).toMatchObject({ displayName: 'Ignore SSL Issues', type: 'boolean', default: false });
		expect(parseCredentials({ baseUrl: tlsServer.url, apiKey: 'k' }).allowUnauthorizedCerts).toBe(false);
	});

	test('by default the request fails with "not trusted" and the hint to turn on Ignore SSL Issues; nothing was sent', async () => {
		const result = await run(tlsServer, 'trackEvent', event);
		const host = new URL(tlsServer.url).host;
		expect(result.error?.message).toBe(
			`The TLS certificate of ${host} is not trusted (DEPTH_ZERO_SELF_SIGNED_CERT). If this is your own test server, turn on Ignore SSL Issues in the credential.`,
		);
		expect(descriptionOf(result)).toBe(`Nothing was sent to Talon.One.\n\n${stopNote}`);
		expect(tlsServer.requests).toHaveLength(0);
	});

	test('with Ignore SSL Issues on, the same server works', async () => {
		const result = await run(tlsServer, 'trackEvent', event, { credentials: { ...credentialsFor(tlsServer), allowUnauthorizedCerts: true } });
		expect(result.error).toBeUndefined();
		expect(tlsServer.requests).toHaveLength(1);
		expect(tlsServer.writes).toHaveLength(1);
	});
});

const talonOneError = (status: number, message: string, title: string, details: string, source: IDataObject = {}) => ({
	kind: 'status',
	status,
	body: { message, errors: [{ title, details, source }], StatusCode: status },
}) as FaultRule;

const statusCases: Array<[number, FaultRule, string, string]> = [
	[
		401,
		talonOneError(401, 'Unauthorized', 'Unauthorized', 'the API key is not valid'),
		'Talon.One rejected the API key: check the key and that it belongs to this Application',
		'Talon.One says: Unauthorized\n- Unauthorized: the API key is not valid',
	],
	[
		403,
		talonOneError(403, 'Forbidden', 'Forbidden', 'this key may not change audiences of the mParticle integration'),
		'Talon.One refused access: the key may not be allowed to do this (audience operations may need the API key of the integration that owns the audience)',
		'Talon.One says: Forbidden\n- Forbidden: this key may not change audiences of the mParticle integration',
	],
	[
		404,
		talonOneError(404, 'Customer session not found', 'Not Found', 'no session order-1', { parameter: 'customerSessionId' }),
		'Talon.One could not find it: check the ID or code: Customer session not found',
		'Talon.One says: Customer session not found\n- Not Found: no session order-1 (at customerSessionId)',
	],
	[
		409,
		talonOneError(409, 'The session was changed by another request', 'Conflict', 'version mismatch'),
		'Talon.One reported a conflict: the data changed at the same time or already exists. Check it in Talon.One, then run the item again if needed',
		'Talon.One says: The session was changed by another request\n- Conflict: version mismatch',
	],
	[
		422,
		talonOneError(422, 'Cannot close a cancelled session', 'Unprocessable Entity', 'state transition not allowed', { pointer: '/customerSession/state' }),
		'Talon.One could not process the data: Cannot close a cancelled session',
		'Talon.One says: Cannot close a cancelled session\n- Unprocessable Entity: state transition not allowed (at State)',
	],
];

describe("Talon.One's error answers become messages a marketer understands", () => {
	test.each(statusCases)('%i with a Talon.One error body', async (status, fault, message, details) => {
		server.setFaults([fault]);
		const result = await run(server, 'updateCustomerSessionV2', session);
		expect(result.error?.message).toBe(message);
		expect(descriptionOf(result)).toBe(`${details}\n\n${stopNote}`);
		expect(httpCode(result)).toBe(String(status));
		expect(server.requests).toHaveLength(1);
		expect(server.writes).toHaveLength(0);
	});

	test.each(statusCases)('%i with Continue On Fail: the item carries the message, the details and the HTTP code', async (status, fault, message, details) => {
		server.setFaults([fault]);
		const result = await run(server, 'updateCustomerSessionV2', session, { continueOnFail: true });
		expect(outputOf(result)).toEqual([{ error: message, description: details, httpCode: String(status) }]);
	});
});
