import type { IDataObject } from 'n8n-workflow';
import type { FakeTalonOne, FaultRule } from '../../tools/fake-talon-one';
import { useFakeServer } from '../support/talonOne';
import { descriptionOf, outputOf, run, watchForSecrets } from './support';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

/** The first request goes through untouched; the second gets a 400 pointing at `pointer`. */
function rejectSecondRequest(pointer: string): FaultRule[] {
	return [
		{ kind: 'delay', ms: 0 },
		{
			kind: 'status',
			status: 400,
			body: { message: 'Invalid request body', errors: [{ title: 'Invalid type', details: 'must be string', source: { pointer } }], StatusCode: 400 },
		},
	];
}

const profiles = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `p-${i + 1}` }));
const updateMany = { integrationId: '={{ $json.id }}', options: { maxParallel: 1, maxRetries: 0 } };

describe("Talon.One's pointer into a batched request names the input item and field", () => {
	test('/customerProfiles/536/attributes/tier in the second batch of 1000 is item 1537, Attributes "tier"', async () => {
		server.setFaults(rejectSecondRequest('/customerProfiles/536/attributes/tier'));
		const result = await run(server, 'updateCustomerProfilesV2', updateMany, { inputItems: profiles(2000), continueOnFail: true });
		const output = outputOf(result);
		const details = '- Invalid type: must be string (at item 1537, Attributes "tier")';
		const batch = 'Items 1001-2000 went to Talon.One in one request, and Talon.One refused all of them because of item 1537: correct it and run them again.';
		expect(output[1536]).toMatchObject({ error: 'Talon.One did not accept the request: Invalid request body', httpCode: '400' });
		expect(output[1536].description).toBe(`Talon.One says: Invalid request body\n${details}\n${batch}`);
		expect(output[1000].description).toBe(output[1536].description);
		expect(output.slice(0, 1000).every((o: IDataObject) => o.success === true)).toBe(true);
		expect(output.slice(1000).every((o: IDataObject) => o.httpCode === '400')).toBe(true);
	}, 30_000);

	test('without Continue On Fail the stop message names item 1537 too', async () => {
		server.setFaults(rejectSecondRequest('/customerProfiles/536/integrationId'));
		const result = await run(server, 'updateCustomerProfilesV2', updateMany, { inputItems: profiles(2000) });
		expect(descriptionOf(result)).toMatch(/\(at item 1537, Customer Profile ID\)\nItems 1001-2000 went to Talon.One in one request, and Talon.One refused all of them because of item 1537/);
		expect(descriptionOf(result)).toMatch(/Already applied in Talon.One: items 1-1000\./);
	}, 30_000);

	test("in merged referral requests, entry 4 of the second request's advocate list is item 4, its second advocate", async () => {
		server.setFaults(rejectSecondRequest('/advocateProfileIntegrationIds/3'));
		const result = await run(server, 'createReferralsForMultipleAdvocates', {
			campaignId: 2,
			advocateProfileIntegrationIds: '={{ $json.ids }}',
			usageLimit: 1,
			options: { maxParallel: 1, batchSize: 4 },
		}, { inputItems: [{ ids: 'a, b' }, { ids: 'c, d' }, { ids: 'e, f' }, { ids: 'g, h' }], continueOnFail: true });
		expect(outputOf(result)[3].description).toBe(
			'Talon.One says: Invalid request body\n- Invalid type: must be string (at item 4, Advocate Profile IDs entry 2)\n' +
				'Items 3-4 went to Talon.One in one request, and Talon.One refused all of them because of item 4: correct it and run them again.',
		);
	});

	test('a pointer into a single request names the field in words', async () => {
		server.setFaults([{ kind: 'status', status: 400, body: { message: 'Invalid request body', errors: [{ title: 'Invalid value', details: 'too long', source: { pointer: '/customerSession/cartItems/1/sku' } }], StatusCode: 400 } }]);
		const result = await run(server, 'updateCustomerSessionV2', { customerSessionId: 's1' });
		expect(descriptionOf(result)).toMatch(/^Talon.One says: Invalid request body\n- Invalid value: too long \(at cart item 2, SKU\)\n/);
	});
});
