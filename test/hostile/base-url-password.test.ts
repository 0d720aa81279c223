import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { testCredential } from '../../tools/n8n-harness';
import { credentialsFor, useFakeServer } from '../support/talonOne';
import { TalonOne } from '../../nodes/TalonOne/TalonOne.node';
import { expectNoSecretIn, run, textsOf, watchForSecrets } from './support';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

const password = 'S3cretPassw0rd-in-url';
const refused =
	'The Base URL contains a user name or password (before "@"). Talon.One does not use them: remove them from the Base URL and put the key into its own field.';

describe('A Base URL with user:password@ is refused without echoing the password', () => {
	test('running the node: refused before anything is sent, the password appears nowhere', async () => {
		const baseUrl = `${server.url.replace('://', `://admin:${password}@`)}/`;
		const result = await run(server, 'trackEvent', { type: 'purchase', sessionId: 'order-1' }, { credentials: { ...credentialsFor(server), baseUrl } });
		expect(result.error?.message).toBe(refused);
		expect(server.requests).toHaveLength(0);
		expectNoSecretIn([result.error, result.runData], [password]);
	});

	test('the credential test says the same', async () => {
		const baseUrl = `https://admin:${password}@yourbaseurl.talon.one`;
		const result = await testCredential(new TalonOne(), 'talonOneApi', { ...credentialsFor(server), baseUrl } as never);
		expect(result).toEqual({ status: 'Error', message: refused });
	});

	test('a Base URL that is not valid at all shows what was typed, with the part before "@" hidden', async () => {
		const baseUrl = `https://admin:${password}@bad host`;
		const result = await testCredential(new TalonOne(), 'talonOneApi', { ...credentialsFor(server), baseUrl } as never);
		expect(result.message).toBe(`The Base URL "https://***@bad host" is not a valid address. Enter your deployment's address, e.g. https://yourbaseurl.talon.one`);
		expect(textsOf(result).join()).not.toContain(password);
	});
});
