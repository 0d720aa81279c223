import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { testCredential } from '../../tools/n8n-harness';
import { credentialsFor, useFakeServer } from '../support/talonOne';
import { TalonOne } from '../../nodes/TalonOne/TalonOne.node';
import { descriptionOf, run, watchForSecrets } from './support';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

const again = 'Copy the key again from the Campaign Manager and paste it into the credential.';

describe('A key with characters that cannot be sent in a header is refused before anything is sent', () => {
	test.each([
		['a line break (LF)', 'ak0123\n456789abcdef', 'a line break at character 7'],
		['a carriage return (CR)', 'ak0123456789\rabcdef', 'a line break at character 13'],
		['a NUL character', 'ak01\u0000456789abcdef', 'an invisible control character (code 0) at character 5'],
		['a character outside Latin-1', 'ak0123456789€abcdef', '"€", which is not a plain English letter, digit or sign at character 13'],
		['an accented letter', 'ak0123456789éabcdef', '"é", which is not a plain English letter, digit or sign at character 13'],
	])('%s in the Integration API key', async (_title, apiKey, where) => {
		const result = await run(server, 'trackEvent', { type: 'purchase', sessionId: 'order-1' }, { credentials: { ...credentialsFor(server), apiKey } });
		expect(result.error?.message).toBe(`The Integration API key contains characters that cannot be sent: ${where}. ${again}`);
		expect(descriptionOf(result)).toBe('Nothing was sent to Talon.One.');
		expect(server.requests).toHaveLength(0);
	});

	test('a line break in the bearer token used for audience deletion', async () => {
		const credentials = { ...credentialsFor(server, 'bearerToken'), bearerToken: 'bt0123\r\nabcdef' };
		const result = await run(server, 'deleteAudienceV2', { audienceId: 1 }, { credentials });
		expect(result.error?.message).toBe(`The bearer token contains characters that cannot be sent: a line break at character 7. ${again}`);
		expect(server.requests).toHaveLength(0);
	});

	test('the credential test says the same', async () => {
		const result = await testCredential(new TalonOne(), 'talonOneApi', { ...credentialsFor(server), apiKey: 'ak01\n23' } as never);
		expect(result).toEqual({ status: 'Error', message: `The Integration API key contains characters that cannot be sent: a line break at character 5. ${again}` });
		expect(server.requests).toHaveLength(0);
	});
});
