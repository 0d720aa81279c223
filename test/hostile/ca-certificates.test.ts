/**
 * NODE_EXTRA_CA_CERTS is read when Node starts, so the client runs in a child process (the built
 * `dist/`, as n8n loads it) against a loopback TLS server whose certificate is signed by a CA made
 * for this test.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { hasOpenssl } from './support';
import { sendJson, startHttpsServer, type RawServer } from './rawServers';

const client = path.resolve(__dirname, '../../dist/nodes/TalonOne/transport/client.js');
const dir = mkdtempSync(path.join(tmpdir(), 'talon-one-ca-'));
const caFile = path.join(dir, 'ca.pem');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A CA, and a certificate for 127.0.0.1 signed by it. */
function caAndCertificate(): { key: string; cert: string } {
	const file = (name: string) => path.join(dir, name);
	const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'ignore' });
	openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', file('ca.key'), '-out', caFile, '-days', '1', '-subj', '/CN=n8n-nodes-talon-one test CA');
	openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', file('server.key'), '-out', file('server.csr'), '-subj', '/CN=127.0.0.1');
	writeFileSync(file('ext.cnf'), 'subjectAltName=IP:127.0.0.1\n');
	openssl('x509', '-req', '-in', file('server.csr'), '-CA', caFile, '-CAkey', file('ca.key'), '-CAcreateserial', '-out', file('server.pem'), '-days', '1', '-extfile', file('ext.cnf'));
	return { key: readFileSync(file('server.key'), 'utf8'), cert: readFileSync(file('server.pem'), 'utf8') };
}

/** Runs one GET through the built client in a fresh Node process and returns what it printed. */
async function getInChild(baseUrl: string, env: NodeJS.ProcessEnv): Promise<string> {
	const script = `
		const { TalonOneClient } = require(${JSON.stringify(client)});
		const credentials = { baseUrl: ${JSON.stringify(baseUrl)}, authentication: 'apiKey', apiKey: 'ak-test', managementAuth: 'none', allowUnauthorizedCerts: false };
		new TalonOneClient(credentials, { timeoutMs: 5000 })
			.send({ method: 'GET', path: '/v1/coupon_reservations/customerprofiles/X', auth: ['apiKey'] })
			.then((response) => console.log('HTTP ' + response.status), (error) => console.log(error.message));
	`;
	const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], { env });
	return stdout.trim();
}

// A child Node process starts slowly on a busy machine: these tests get 30 s instead of jest's 5.
(hasOpenssl ? describe : describe.skip)('Custom CA certificates from NODE_EXTRA_CA_CERTS are trusted', () => {
	let tls: RawServer;
	const baseEnv = { ...process.env };
	delete baseEnv.NODE_EXTRA_CA_CERTS;

	beforeAll(async () => {
		if (!existsSync(client)) throw new Error('Build first (npm run build): this test runs the built client in dist/.');
		tls = await startHttpsServer(caAndCertificate(), (_request, res) => sendJson(res, 200, { totalResultSize: 0, data: [] }));
	});

	test('without it, the certificate signed by the private CA is not trusted', async () => {
		expect(await getInChild(tls.url, baseEnv)).toBe(
			`The TLS certificate of 127.0.0.1:${tls.port} is not trusted (UNABLE_TO_VERIFY_LEAF_SIGNATURE). If this is your own test server, turn on Ignore SSL Issues in the credential.`,
		);
	}, 30_000);

	test('with NODE_EXTRA_CA_CERTS pointing at the CA, the request succeeds', async () => {
		expect(await getInChild(tls.url, { ...baseEnv, NODE_EXTRA_CA_CERTS: caFile })).toBe('HTTP 200');
		expect(tls.requests).toHaveLength(1);
	}, 30_000);
});
