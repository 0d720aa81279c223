import type { IDataObject, INodeParameters } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { useFakeServer } from '../support/talonOne';
import { attributeRow, expectRejected, jsonBody } from './rejects';
import { run, watchForSecrets } from './support';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

const expected = 'must be a date and time with a time zone, like 2026-12-24T18:00:00Z or 2026-12-24T18:00:00+01:00';
const hint = 'Pick it in the date picker, or write a date that exists, the time and a time zone (Z for UTC, or an offset such as +01:00).';
const referral = (expiryDate: unknown): INodeParameters => ({
	campaignId: 2,
	advocateProfileIntegrationId: 'demo-customer-2',
	additionalFields: { expiryDate: expiryDate as string },
});
const sentExpiry = () => (server.requests[0].body as IDataObject).expiryDate;

const refused: Array<[string, string]> = [
	['a lone number', '1'],
	['two digits', '12'],
	['30 February', '2026-02-30T00:00:00Z'],
	['29 February in a year that is not a leap year', '2027-02-29T00:00:00Z'],
	['month 13', '2026-13-01T00:00:00Z'],
	['hour 25', '2026-12-24T25:00:00Z'],
	['an offset of 25 hours', '2026-12-24T18:00:00+25:00'],
	['an offset without colon', '2026-12-24T18:00:00+0100'],
	['a date without a time', '2026-12-24'],
	['a space instead of T and no time zone', '2026-12-24 18:00'],
	['a date and time without seconds or time zone', '2026-12-24T18:00'],
	['a European date', '24.12.2026'],
	['words', 'next friday'],
];

describe('Strict dates: only real date-times with a time zone (or exactly what the date picker writes)', () => {
	test.each(refused)('a date-time field with %s is refused before sending', async (_what, value) => {
		await expectRejected(server, 'createReferral', referral(value), `Item 1: Expiry Date ${expected}, got ${JSON.stringify(value)}`, hint);
	});

	test.each(refused)('a Date attribute with %s is refused before sending', async (_what, value) => {
		await expectRejected(server, 'updateCustomerProfileV2', attributeRow('birthday', 'date', value), `Item 1: Attributes "birthday" ${expected}, got ${JSON.stringify(value)}`, hint);
	});

	test('30 February in a JSON body is refused', async () => {
		await expectRejected(
			server,
			'createReferral',
			jsonBody({ campaignId: 2, advocateProfileIntegrationId: 'x', expiryDate: '2026-02-30T00:00:00Z' }),
			`Item 1: Expiry Date ${expected}, got "2026-02-30T00:00:00Z"`,
			hint,
		);
	});

	test.each([
		['UTC', '2026-12-24T18:00:00Z'],
		['an offset', '2026-12-24T18:00:00+01:00'],
		['fractions of a second', '2026-12-24T18:00:00.250-05:30'],
		['29 February in a leap year', '2028-02-29T00:00:00Z'],
	])('a date-time with %s is sent as written', async (_what, value) => {
		const result = await run(server, 'createReferral', referral(value));
		expect(result.error).toBeUndefined();
		expect(sentExpiry()).toBe(value);
	});

	test("the date picker's value (no time zone) is read in the workflow's time zone (n8n's default, America/New_York)", async () => {
		const result = await run(server, 'createReferral', referral('2026-12-24T18:00:00'));
		expect(result.error).toBeUndefined();
		expect(sentExpiry()).toBe('2026-12-24T23:00:00.000Z');
		server.reset();
		await run(server, 'createReferral', referral('2026-07-01T09:30:00'));
		expect(sentExpiry()).toBe('2026-07-01T13:30:00.000Z');
	});

	test('a date from an expression keeps its own time zone', async () => {
		const result = await run(server, 'createReferral', referral('={{ DateTime.fromISO("2026-12-24T18:00:00", { zone: "Europe/Berlin" }) }}'));
		expect(result.error).toBeUndefined();
		expect(Date.parse(sentExpiry() as string)).toBe(Date.parse('2026-12-24T17:00:00Z'));
	});

	test('a Date attribute with a time zone is sent as written', async () => {
		const result = await run(server, 'updateCustomerProfileV2', attributeRow('birthday', 'date', '1990-05-17T00:00:00Z'));
		expect(result.error).toBeUndefined();
		expect((server.requests[0].body as { attributes: IDataObject }).attributes.birthday).toBe('1990-05-17T00:00:00Z');
	});
});
