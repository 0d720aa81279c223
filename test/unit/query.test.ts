import { queryString } from '../../nodes/TalonOne/transport/query';

describe('query strings as the OpenAPI documents describe them (style form)', () => {
	test('a list repeats the parameter once per value (explode, the default)', () => {
		expect(queryString({ subledgerId: ['partner-cafe', 'partner-cinema'], pageSize: '50' })).toBe('?subledgerId=partner-cafe&subledgerId=partner-cinema&pageSize=50');
	});

	test('a comma-separated list is sent once; only the separators are literal commas', () => {
		expect(queryString({ campaignIds: { commaSeparated: ['1', '2'] } })).toBe('?campaignIds=1,2');
		expect(queryString({ ids: { commaSeparated: ['a,b', 'c'] } })).toBe('?ids=a%2Cb,c');
	});

	test('every value is percent-encoded, a space as +', () => {
		expect(queryString({ customerSessionIDs: ['order #1', 'ä/&=?'], value: 'summer sale' })).toBe(
			'?customerSessionIDs=order+%231&customerSessionIDs=%C3%A4%2F%26%3D%3F&value=summer+sale',
		);
	});

	test('nothing to send: no question mark', () => {
		expect(queryString(undefined)).toBe('');
		expect(queryString({})).toBe('');
		expect(queryString({ subledgerId: [] })).toBe('');
	});
});
