import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { useFakeServer } from '../support/talonOne';
import { expectRejected } from './rejects';
import { watchForSecrets } from './support';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

const hint = 'Fill it in; check that the expression or the input data gives a real value.';
const blanks: Array<[string, string]> = [
	['spaces', '   '],
	['a tab', '\t'],
	['a no-break space', '\u00a0'],
	['a zero-width space', '\u200b'],
	['a byte order mark and a zero-width joiner', '\ufeff\u200d'],
	['a mix of them', ' \u200b\u00a0\t'],
];

describe('IDs made only of spaces or invisible characters are refused as empty', () => {
	test.each(blanks)('a customer session ID of %s', async (_what, id) => {
		await expectRejected(server, 'updateCustomerSessionV2', { customerSessionId: '={{ $json.id }}' }, 'Item 1: Customer Session ID is empty: it has only spaces or invisible characters', hint, [{ id }]);
	});

	test.each(blanks)('a coupon code of %s', async (_what, code) => {
		await expectRejected(server, 'getReservedCustomers', { couponValue: '={{ $json.code }}' }, 'Item 1: Coupon Code is empty: it has only spaces or invisible characters', hint, [{ code }]);
	});

	test.each(blanks)('a profile ID of %s in Update Many', async (_what, id) => {
		await expectRejected(server, 'updateCustomerProfilesV2', { integrationId: '={{ $json.id }}' }, 'Item 1: Customer Profile ID is empty: it has only spaces or invisible characters', hint, [{ id }]);
	});

	test('a zero-width space as the second advocate ID in a list', async () => {
		await expectRejected(
			server,
			'createReferralsForMultipleAdvocates',
			{ campaignId: 2, usageLimit: 1, advocateProfileIntegrationIds: '={{ ["a", "\\u200b"] }}' },
			'Item 1: Advocate Profile IDs entry 2 is empty: it has only spaces or invisible characters',
			hint,
		);
	});
});
