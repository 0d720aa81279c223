import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { credentialsFor, useFakeServer } from '../support/talonOne';
import { outputOf, run, watchForSecrets } from './support';
import { sendText, startHttpServer } from './rawServers';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

async function redirectedTo(location: string | undefined) {
	const raw = await startHttpServer((_request, res) => sendText(res, 301, '', location === undefined ? {} : { location }));
	const result = await run(server, 'trackEvent', { type: 'purchase', sessionId: 'order-1' }, { credentials: { ...credentialsFor(server), baseUrl: raw.url }, continueOnFail: true });
	expect(raw.requests).toHaveLength(1);
	return outputOf(result)[0];
}

describe('A redirect answer says where it points, without secrets', () => {
	test('301 to another address: the message names it, without the query (which may hold a token)', async () => {
		expect(await redirectedTo('https://new.example.talon.one/v2/events?token=abc123#x')).toMatchObject({
			error:
				'The Base URL answers with a redirect (HTTP 301) to https://new.example.talon.one/v2/events: check the Base URL in the Talon.One credential (use the address the redirect points to)',
			httpCode: '301',
		});
	});

	test('a Location with a user name and password: they are left out', async () => {
		const output = await redirectedTo('https://user:hunter2-password@login.example.com/sso');
		expect(output.error).toBe(
			'The Base URL answers with a redirect (HTTP 301) to https://login.example.com/sso: check the Base URL in the Talon.One credential (use the address the redirect points to)',
		);
		expect(JSON.stringify(output)).not.toContain('hunter2');
	});

	test('a relative Location: shown as sent, without its query', async () => {
		expect((await redirectedTo('/login?next=%2Fv2')).error).toBe(
			'The Base URL answers with a redirect (HTTP 301) to /login: check the Base URL in the Talon.One credential (use the address the redirect points to)',
		);
	});

	test('no Location: the message says so', async () => {
		expect((await redirectedTo(undefined)).error).toBe(
			'The Base URL answers with a redirect (HTTP 301) without saying where to: check the Base URL in the Talon.One credential',
		);
	});
});
