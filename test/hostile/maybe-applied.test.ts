import type { INodeParameters } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { credentialsFor, useFakeServer } from '../support/talonOne';
import { descriptionOf, hasOpenssl, run, selfSignedCertificate, watchForSecrets } from './support';
import { startHttpServer, startHttpsServer, startSocketServer } from './rawServers';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

const event = { type: 'purchase', sessionId: 'order-1', options: { maxRetries: 0 } };
const notSent = 'Nothing was sent to Talon.One.\n\nNo item was applied in Talon.One.';
const readOnly = 'Nothing was changed: this operation only reads from Talon.One.\n\nNo item was read from Talon.One.';

async function runAgainst(baseUrl: string, operationId = 'trackEvent', parameters: INodeParameters = event) {
	return await run(server, operationId, parameters, { credentials: { ...credentialsFor(server), baseUrl, allowUnauthorizedCerts: true } });
}

describe('"Maybe applied" is never claimed when the request certainly was not processed, or for reads', () => {
	test('https:// to a server that speaks plain HTTP: the TLS setup failed, nothing was sent', async () => {
		const raw = await startHttpServer(() => undefined);
		const result = await runAgainst(raw.url.replace('http:', 'https:'));
		expect(result.error?.message).toBe(
			`Could not set up a secure (https) connection to 127.0.0.1:${raw.port} (ERR_SSL_WRONG_VERSION_NUMBER): the server does not speak TLS on this port. Check the Base URL in the Talon.One credential.`,
		);
		expect(descriptionOf(result)).toBe(notSent);
		expect(raw.requests).toHaveLength(0);
	});

	(hasOpenssl ? test : test.skip)('http:// to a server that expects TLS: "change the Base URL to https://", nothing was sent', async () => {
		const tls = await startHttpsServer(selfSignedCertificate(), () => undefined);
		const result = await runAgainst(tls.url.replace('https:', 'http:'));
		expect(result.error?.message).toBe(`The server at 127.0.0.1:${tls.port} expects a secure connection: change the Base URL to start with https://.`);
		expect(descriptionOf(result)).toBe(notSent);
		expect(tls.requests).toHaveLength(0);
	});

	test('a server that does not answer in HTTP at all: nothing was processed', async () => {
		const raw = await startSocketServer('SSH-2.0-OpenSSH_9.6\r\n');
		const result = await runAgainst(raw.url);
		expect(result.error?.message).toBe(`The server at 127.0.0.1:${raw.port} did not answer in HTTP, so it is not Talon.One. Check the Base URL in the Talon.One credential.`);
		expect(descriptionOf(result)).toBe(notSent);
	});

	test('a broken header after a valid status line: the server did process it, so "maybe" stays', async () => {
		const raw = await startSocketServer('HTTP/1.1 201 Created\r\nBad Header\r\n\r\n');
		const result = await runAgainst(raw.url);
		expect(descriptionOf(result)).toBe(
			'The request may or may not have reached Talon.One; check before sending it again.\n\nMaybe applied (check in Talon.One): items 1.',
		);
	});

	test('a read (GET) whose connection is reset: "nothing was changed", no "maybe applied"', async () => {
		const raw = await startHttpServer((_request, res) => res.socket?.resetAndDestroy());
		const result = await runAgainst(raw.url, 'getReservedCustomers', { couponValue: 'WELCOME10', options: { maxRetries: 0 } });
		expect(result.error?.message).toBe(`The connection to Talon.One at 127.0.0.1:${raw.port} failed (ECONNRESET). Try again later.`);
		expect(descriptionOf(result)).toBe(readOnly);
	});

	test('a read (GET) that times out: "nothing was changed"', async () => {
		const raw = await startHttpServer(() => undefined);
		const result = await runAgainst(raw.url, 'getReservedCustomers', { couponValue: 'WELCOME10', options: { maxRetries: 0, timeout: 1 } });
		expect(result.error?.message).toBe("Talon.One did not answer within 1 s. Try again later, or raise Timeout in the node's options.");
		expect(descriptionOf(result)).toBe(readOnly);
	});

	test('reads that succeeded before a stop are listed as read, not as applied', async () => {
		server.setFaults([{ kind: 'status', status: 404, match: { pathIncludes: 'MISSING' } }]);
		const result = await run(server, 'getReservedCustomers', { couponValue: '={{ $json.code }}', options: { maxParallel: 1 } }, {
			inputItems: [{ code: 'WELCOME10' }, { code: 'MISSING' }, { code: 'WELCOME10' }],
		});
		expect(descriptionOf(result)).toMatch(/\n\nRead from Talon.One: items 1\. Not read: items 3\.$/);
	});
});
