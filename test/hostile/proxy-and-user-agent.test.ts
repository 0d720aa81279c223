import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { credentialsFor, startServer, useFakeServer } from '../support/talonOne';
import { hasOpenssl, outputOf, run, selfSignedCertificate, watchForSecrets } from './support';
import { startProxy, type ProxyServer } from './rawServers';
import { version } from '../../package.json';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

const proxyVariables = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy'];
const saved = Object.fromEntries(proxyVariables.map((name) => [name, process.env[name]]));
let proxy: ProxyServer;
beforeAll(async () => {
	proxy = await startProxy();
});
beforeEach(() => {
	for (const name of proxyVariables) delete process.env[name];
	proxy.lines.length = 0;
});
afterAll(() => {
	for (const name of proxyVariables) {
		if (saved[name] === undefined) delete process.env[name];
		else process.env[name] = saved[name];
	}
});

const event = { type: 'purchase', sessionId: 'order-1' };

describe('Requests go through HTTP_PROXY / HTTPS_PROXY unless NO_PROXY names the host', () => {
	test('HTTP_PROXY with an http:// Base URL: the proxy gets the request in absolute form and Talon.One gets it once', async () => {
		process.env.HTTP_PROXY = proxy.url;
		const result = await run(server, 'trackEvent', event);
		expect(result.error).toBeUndefined();
		expect(proxy.lines).toEqual([`POST ${server.url}/v1/events`]);
		expect(server.writes).toHaveLength(1);
		expect(server.requests[0].headers.authorization).toBe(`ApiKey-v1 ${server.options.apiKey}`);
	});

	(hasOpenssl ? test : test.skip)('HTTPS_PROXY with an https:// Base URL: a CONNECT tunnel to the host, TLS inside it', async () => {
		const tlsServer = await startServer({ tls: selfSignedCertificate() });
		try {
			process.env.HTTPS_PROXY = proxy.url;
			const result = await run(tlsServer, 'trackEvent', event, { credentials: { ...credentialsFor(tlsServer), allowUnauthorizedCerts: true } });
			expect(result.error).toBeUndefined();
			expect(proxy.lines).toEqual([`CONNECT ${new URL(tlsServer.url).host}`]);
			expect(tlsServer.writes).toHaveLength(1);
		} finally {
			await tlsServer.close();
		}
	});

	test('NO_PROXY naming the host: the proxy is not used', async () => {
		process.env.HTTP_PROXY = proxy.url;
		process.env.NO_PROXY = 'localhost,127.0.0.1';
		const result = await run(server, 'trackEvent', event);
		expect(result.error).toBeUndefined();
		expect(proxy.lines).toEqual([]);
		expect(server.writes).toHaveLength(1);
	});

	test('a proxy that cannot be reached: the run fails with a message, nothing was sent to Talon.One', async () => {
		process.env.HTTP_PROXY = 'http://127.0.0.1:1';
		const result = await run(server, 'trackEvent', { ...event, options: { maxRetries: 0 } }, { continueOnFail: true });
		expect(outputOf(result)[0]).toEqual({
			error: "Could not connect to the proxy at 127.0.0.1:1: the connection was refused. Check HTTPS_PROXY and HTTP_PROXY in n8n's environment.",
			description: 'Nothing was sent to Talon.One.',
		});
		expect(server.requests).toHaveLength(0);
	});
});

describe('Client identity', () => {
	test(`every request says User-Agent: n8n-nodes-talon-one/<version of package.json>`, async () => {
		await run(server, 'trackEvent', event);
		expect(server.requests[0].headers['user-agent']).toBe(`n8n-nodes-talon-one/${version}`);
	});
});
