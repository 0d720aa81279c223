/** Who may start the workflow: the secret header (401 otherwise), the allowed addresses (403), checked before anything runs. */
import { parseAllowList, secretMatches } from '../../nodes/TalonOneTrigger/security';
import { testNotificationsCredential } from '../../nodes/TalonOneTrigger/credentialTest';
import { HEADER, SECRET, deliver } from './support';

const body = { NotificationType: 'TierUpgrade', TotalResultSize: 1, Data: [{ CustomerProfileID: 'c-1', CurrentTier: 'Gold' }] };

describe('the secret header', () => {
	test('the right secret starts the workflow', async () => {
		const result = await deliver({ body });
		expect(result.sent).toBeUndefined();
		expect(result.response.workflowData?.[0]).toHaveLength(1);
	});

	test.each([
		['missing', {}],
		['wrong', { [HEADER.toLowerCase()]: 'not-the-secret' }],
		['a prefix of the secret', { [HEADER.toLowerCase()]: SECRET.slice(0, -1) }],
		['the secret with more after it', { [HEADER.toLowerCase()]: `${SECRET}x` }],
		['empty', { [HEADER.toLowerCase()]: '' }],
	])('%s: 401 naming the header, and no run', async (_case, headers) => {
		const result = await deliver({ body, headers: { [HEADER.toLowerCase()]: undefined as unknown as string, ...headers } });
		expect(result.sent).toEqual({ status: 401, body: { message: `The ${HEADER} header is missing or does not match the secret in the trigger's credential` } });
		expect(result.response).toEqual({ noWebhookResponse: true });
		expect(JSON.stringify(result.sent)).not.toContain(SECRET);
	});

	test('the header name comes from the credential, in any letter case', async () => {
		const credentials = { headerName: 'X-My-Shared-Key' };
		expect((await deliver({ body, credentials, headers: { 'x-my-shared-key': SECRET } })).response.workflowData).toBeDefined();
		expect((await deliver({ body, credentials })).sent?.status).toBe(401);
	});

	test('an empty secret in the credential accepts nothing, not even an empty header', () => {
		expect(secretMatches('', '')).toBe(false);
		expect(secretMatches(undefined, 'abc')).toBe(false);
		expect(secretMatches(['abc'], 'abc')).toBe(false);
		expect(secretMatches('abc', 'abc')).toBe(true);
	});
});

describe('allowed IP addresses', () => {
	const options = { allowedIps: '203.0.113.0/24, 198.51.100.7 2001:db8::/32' };

	test.each([
		['203.0.113.45', true],
		['::ffff:203.0.113.45', true],
		['198.51.100.7', true],
		['198.51.100.8', false],
		['2001:db8::1', true],
		['2001:db9::1', false],
		['127.0.0.1', false],
	])('%s allowed: %s', async (ip, allowed) => {
		const result = await deliver({ body, ip, parameters: { options } });
		if (allowed) expect(result.response.workflowData).toBeDefined();
		else {
			expect(result.sent).toEqual({ status: 403, body: { message: `This address (${ip}) is not in the trigger's Allowed IP Addresses` } });
			expect(result.response.workflowData).toBeUndefined();
		}
	});

	test('a sender outside the list is refused before the secret is looked at', async () => {
		const result = await deliver({ body, ip: '192.0.2.1', parameters: { options }, headers: { [HEADER.toLowerCase()]: 'wrong' } });
		expect(result.sent?.status).toBe(403);
	});

	test('an entry that is not an address names itself and the field', async () => {
		expect(() => parseAllowList('203.0.113.0/24, 10.0.0.300')).toThrow('"10.0.0.300" is not an IP address or a range like 203.0.113.0/24');
		expect(() => parseAllowList('10.0.0.0/33')).toThrow('"10.0.0.0/33"');
		await expect(deliver({ body, parameters: { options: { allowedIps: 'office' } } })).rejects.toThrow(
			'Options > Allowed IP Addresses: "office" is not an IP address or a range like 203.0.113.0/24',
		);
		expect(parseAllowList('  ')).toBeNull();
	});
});

describe("the notifications credential's Test button", () => {
	test.each([
		[{ headerName: 'X-Talon-Webhook-Secret', secret: 'a'.repeat(16) }, 'OK', /^Ready: in the Campaign Manager add the header X-Talon-Webhook-Secret/],
		[{ headerName: '', secret: 'a'.repeat(16) }, 'OK', /X-Talon-Webhook-Secret/],
		[{ headerName: 'My Header', secret: 'a'.repeat(16) }, 'Error', /^Header Name "My Header" cannot be sent as an HTTP header/],
		[{ headerName: 'X-UUID', secret: 'a'.repeat(16) }, 'Error', /^Header Name "X-UUID" is already used/],
		[{ headerName: 'X-Secret', secret: 'tiny-7x' }, 'Error', /^Secret is too short \(7 characters\): use at least 16/],
	])('%j → %s', (credentials, status, message) => {
		const result = testNotificationsCredential(credentials);
		expect(result.status).toBe(status);
		expect(result.message).toMatch(message);
		expect(result.message).not.toContain(credentials.secret);
	});
});
