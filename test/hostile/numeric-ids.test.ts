import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { useFakeServer } from '../support/talonOne';
import { expectRejected } from './rejects';
import { run, watchForSecrets } from './support';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

const tooBig = (got: string) => `Item 1: Audience must be an ID, a whole number such as 42, got ${got}`;
/** The audience is a resource locator: its hint says to pick it or type its number. */
const locatorHint = 'Pick it with From List, or choose By ID and enter the number shown in the Campaign Manager (not the name).';

/** A multi-select of IDs: its hint says to choose them or give the numbers in an expression. */
const pickedHint = 'Choose it from the list, or give the numeric IDs shown in the Campaign Manager (not the names) in an expression, e.g. {{ [12, 13] }}.';

describe('Numeric IDs are whole numbers sent as plain digits, or refused', () => {
	test.each([
		['1e21 from an expression', '={{ 1e21 }}', '1e+21'],
		['"1e21" as text', '1e21', '1e+21'],
		['2^53, past the last exact whole number', '={{ 2 ** 53 }}', '9007199254740992'],
	])('an audience ID of %s is refused before sending', async (_what, audienceId, got) => {
		await expectRejected(server, 'deleteAudienceV2', { audienceId }, tooBig(got), locatorHint);
	});

	test('a campaign ID of 1e21 in the body is refused the same way', async () => {
		await expectRejected(
			server,
			'createReferral',
			{ campaignId: '={{ 1e21 }}', advocateProfileIntegrationId: 'a' },
			'Item 1: Campaign must be an ID, a whole number such as 42, got 1e+21',
			locatorHint,
		);
	});

	test('an audience ID of 1e21 in Join Audiences is refused the same way', async () => {
		await expectRejected(
			server,
			'updateCustomerProfileV2',
			{ integrationId: 'p1', additionalFields: { adds: '={{ [1, 1e21] }}' } },
			'Item 1: Join Audience Names or IDs entry 2 must be an ID, a whole number such as 42, got 1e+21',
			pickedHint,
		);
	});

	test.each([
		['digits as text', '1', '/v2/audiences/1'],
		['a number with a trailing .0', '={{ 1.0 }}', '/v2/audiences/1'],
		['the largest exact whole number', '={{ 9007199254740991 }}', '/v2/audiences/9007199254740991'],
	])('an audience ID of %s is sent as plain digits', async (_what, audienceId, rawTarget) => {
		await run(server, 'deleteAudienceV2', { audienceId }, { continueOnFail: true });
		expect(server.requests.map((r) => r.rawTarget)).toEqual([rawTarget]);
	});
});
