import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { TalonOne } from '../../nodes/TalonOne/TalonOne.node';
import { testCredential } from '../../tools/n8n-harness';
import { credentialsFor, expectNoSecrets, startServer, useFakeServer } from '../support/talonOne';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));

describe('the credential test (n8n calls it from the credential dialog)', () => {
	test.each(['apiKey', 'signing'] as const)('passes with valid %s credentials', async (scheme) => {
		const result = await testCredential(new TalonOne(), 'talonOneApi', credentialsFor(server, scheme) as never);
		expect(result).toEqual({ status: 'OK', message: expect.stringContaining('accepted') });
	});

	test('fails with a readable message for a wrong key, without echoing it', async () => {
		const result = await testCredential(new TalonOne(), 'talonOneApi', { ...credentialsFor(server), apiKey: 'wrong-key-123456789' } as never);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/rejected the credentials \(HTTP 401\)/);
		expect(result.message).not.toContain('wrong-key');
		expectNoSecrets(server, result);
	});

	test.each(['managementKey', 'bearerToken'] as const)('with a %s set, checks it too', async (scheme) => {
		const result = await testCredential(new TalonOne(), 'talonOneApi', credentialsFor(server, scheme) as never);
		expect(result).toEqual({ status: 'OK', message: expect.stringContaining('accepted') });
		expect(server.requests.map((r) => r.path)).toContain('/v1/applications');
	});

	test('a wrong Management API key: the message names it, the Integration API key works', async () => {
		const credentials = { ...credentialsFor(server, 'managementKey'), managementKey: 'ManagementKey-v1 wrong-mk-0123456789' };
		const result = await testCredential(new TalonOne(), 'talonOneApi', credentials as never);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/^The Integration API key works, but Talon.One rejected the Management API key \(HTTP 401\)/);
		expect(result.message).not.toContain('wrong-mk');
		expectNoSecrets(server, result);
	});

	test('a Management API key pasted with its "ManagementKey-v1" prefix works', async () => {
		const credentials = credentialsFor(server, 'managementKey');
		const result = await testCredential(new TalonOne(), 'talonOneApi', { ...credentials, managementKey: `ManagementKey-v1 ${server.options.managementKey}` } as never);
		expect(result.status).toBe('OK');
	});

	test('fails with a readable message for an unreachable host', async () => {
		const closed = await startServer();
		const url = closed.url;
		await closed.close();
		const result = await testCredential(new TalonOne(), 'talonOneApi', { ...credentialsFor(server), baseUrl: url } as never);
		expect(result).toEqual({ status: 'Error', message: expect.stringMatching(/connection was refused.*Base URL/) });
	});

	test('rejects a base URL that is not http(s)', async () => {
		const result = await testCredential(new TalonOne(), 'talonOneApi', { ...credentialsFor(server), baseUrl: 'ftp://example.com' } as never);
		expect(result).toEqual({ status: 'Error', message: expect.stringMatching(/must start with https:\/\//) });
	});
});
