import { authHeaders, contentSignature } from '../../nodes/TalonOne/transport/auth';
import { parseCredentials } from '../../nodes/TalonOne/transport/credentials';

const key = '0123456789abcdef0123456789abcdef';

describe('application key signing (integration_auth)', () => {
	test('known vector: HMAC-MD5 of the exact UTF-8 body bytes, keyed with the hex-decoded key', () => {
		// Computed independently with Python's hmac module.
		const body = Buffer.from('{"attributes":{"Name":"Grâce"}}', 'utf8');
		expect(contentSignature(7, key, body)).toBe('signer=7; signature=3a6e9651176229f8fb4cc6cc27894627');
	});

	test('a request without body signs the empty string', () => {
		expect(contentSignature(1, key, new Uint8Array(0))).toBe('signer=1; signature=d124cf325c8ea4dbb74fc57914255515');
	});
});

describe('authentication headers per scheme', () => {
	const base = { baseUrl: 'https://x.talon.one', apiKey: 'the-api-key' };

	test('integration API key', () => {
		const credentials = parseCredentials({ ...base, authentication: 'apiKey' });
		expect(authHeaders(credentials, ['apiKey'], new Uint8Array())).toEqual({ authorization: 'ApiKey-v1 the-api-key' });
	});

	test('management key and bearer token only for operations that allow them', () => {
		const management = parseCredentials({ ...base, managementAuth: 'managementKey', managementKey: 'mk' });
		expect(authHeaders(management, ['apiKey', 'management'], new Uint8Array())).toEqual({ authorization: 'ManagementKey-v1 mk' });
		expect(authHeaders(management, ['apiKey'], new Uint8Array())).toEqual({ authorization: 'ApiKey-v1 the-api-key' });
		const bearer = parseCredentials({ ...base, managementAuth: 'bearerToken', bearerToken: 'tok' });
		expect(authHeaders(bearer, ['apiKey', 'management'], new Uint8Array())).toEqual({ authorization: 'Bearer tok' });
	});
});

describe('credential checks', () => {
	test.each([
		['https://yourbaseurl.talon.one/', 'https://yourbaseurl.talon.one'],
		['  https://yourbaseurl.talon.one//  ', 'https://yourbaseurl.talon.one'],
		['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
		['https://proxy.example.com/talon/', 'https://proxy.example.com/talon'],
	])('base URL %p is normalised to %p', (raw, normalised) => {
		expect(parseCredentials({ baseUrl: raw, apiKey: 'k' }).baseUrl).toBe(normalised);
	});

	test.each(['ftp://x.talon.one', 'yourbaseurl.talon.one', '', 'javascript:alert(1)'])('base URL %p is rejected with a clear message', (raw) => {
		expect(() => parseCredentials({ baseUrl: raw, apiKey: 'k' })).toThrow(/Base URL .*(https:\/\/yourbaseurl\.talon\.one)/);
	});

	test('signing needs a hexadecimal application key, and the message does not repeat it', () => {
		let message = '';
		try {
			parseCredentials({ baseUrl: 'https://x.talon.one', authentication: 'applicationKeySigning', applicationId: 3, applicationKey: 'not-hex-secret' });
		} catch (error) {
			message = (error as Error).message;
		}
		expect(message).toMatch(/hexadecimal/);
		expect(message).not.toContain('not-hex');
	});

	test('an empty API key is reported', () => {
		expect(() => parseCredentials({ baseUrl: 'https://x.talon.one', apiKey: '' })).toThrow(/no Integration API key/);
	});
});
