import type { IDataObject } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { useFakeServer } from '../support/talonOne';
import { describeApplied } from '../../nodes/TalonOne/execute/summary';
import { attributeRow, expectRejected, jsonBody } from './rejects';
import { descriptionOf, outputOf, run, watchForSecrets } from './support';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const tooDeep = 'Keep lists and objects in one value at most 64 levels deep, e.g. by sending the inner part as text.';

describe('Deep JSON: refused at validation with the item and field named, never a crash at send time', () => {
	test('a JSON attribute nested 10,000 levels deep is refused before anything is sent', async () => {
		await expectRejected(server, 'updateCustomerProfileV2', attributeRow('prefs', 'json', nested(10_000)), 'Item 1: Attributes "prefs" is nested more than 64 levels deep', tooDeep);
	});

	test('the same value inside a JSON body is refused the same way', async () => {
		const body = `{"attributes": {"prefs": ${nested(10_000)}}}`;
		await expectRejected(server, 'updateCustomerProfileV2', jsonBody(body, { integrationId: 'p1' }), 'Item 1: Attributes "prefs" is nested more than 64 levels deep', tooDeep);
	});

	test('65 levels are refused, 64 levels are sent intact', async () => {
		await expectRejected(server, 'updateCustomerProfileV2', attributeRow('prefs', 'json', nested(65)), 'Item 1: Attributes "prefs" is nested more than 64 levels deep', tooDeep);
		const result = await run(server, 'updateCustomerProfileV2', attributeRow('prefs', 'json', nested(64)));
		expect(result.error).toBeUndefined();
		expect((server.requests[0].body as { attributes: IDataObject }).attributes.prefs).toEqual(JSON.parse(nested(64)));
	});

	test('in a batch, the deep item 2 stops the run before the batch is sent: no "maybe applied", nothing sent', async () => {
		const result = await run(server, 'updateCustomerProfilesV2', {
			integrationId: '={{ $json.id }}',
			additionalFields: { attributes: { attribute: [{ name: 'prefs', type: 'json', value: '={{ $json.prefs }}' }] } },
		}, { inputItems: [{ id: 'a', prefs: '[]' }, { id: 'b', prefs: nested(10_000) }] });
		expect(result.error?.message).toBe('Item 2: Attributes "prefs" is nested more than 64 levels deep');
		expect(descriptionOf(result)).not.toMatch(/Maybe applied/);
		expect(server.requests).toHaveLength(0);
	});

	test('with Continue On Fail the deep item gets its error and the others are sent and applied', async () => {
		const result = await run(server, 'updateCustomerProfilesV2', {
			integrationId: '={{ $json.id }}',
			additionalFields: { attributes: { attribute: [{ name: 'prefs', type: 'json', value: '={{ $json.prefs }}' }] } },
		}, { inputItems: [{ id: 'a', prefs: '[]' }, { id: 'b', prefs: nested(10_000) }, { id: 'c', prefs: '{}' }], continueOnFail: true });
		const output = outputOf(result);
		expect(output[1]).toEqual({
			error: 'Item 2: Attributes "prefs" is nested more than 64 levels deep',
			description: `${tooDeep} Nothing was sent to Talon.One for this item.`,
		});
		expect(output[0]).toEqual({ success: true, integrationId: 'a' });
		expect(output[2]).toEqual({ success: true, integrationId: 'c' });
		expect([...server.state.profiles.keys()].filter((id) => id.length === 1).sort()).toEqual(['a', 'c']);
	});

	test('the stop summary lists items whose request failed before leaving the machine as not sent, not as maybe applied', () => {
		const failedBeforeSending = { error: new Error('Maximum call stack size exceeded'), notSent: true };
		expect(describeApplied([failedBeforeSending, failedBeforeSending, undefined])).toBe('No item was applied in Talon.One. Not sent: items 1-3.');
	});
});
