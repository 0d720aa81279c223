import type { IDataObject } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { jsonOf, runOperation, useFakeServer } from '../support/talonOne';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));

const profiles = (n: number) => Array.from({ length: n }, (_v, i) => ({ id: `p-${i}` }));
const upsert = { integrationId: '={{ $json.id }}' };

function batchSizes(): number[] {
	return server.requests.map((r) => ((r.body as IDataObject).customerProfiles as unknown[]).length);
}

describe('automatic batching of bulk endpoints', () => {
	test('2,500 profiles go out as requests of 1000, 1000 and 500, one success item per input item', async () => {
		const result = await runOperation(server, 'updateCustomerProfilesV2', upsert, { inputItems: profiles(2500) });
		expect(result.error).toBeUndefined();
		expect(batchSizes()).toEqual([1000, 1000, 500]);
		const output = jsonOf(result);
		expect(output).toHaveLength(2500);
		expect(output[2499]).toEqual({ success: true, integrationId: 'p-2499' });
		expect(result.items.every((item, i) => (item.pairedItem as { item: number }).item === i)).toBe(true);
		expect(server.state.profiles.size).toBe(2500 + 2);
	});

	test('Batch Size limits the entries per request', async () => {
		await runOperation(server, 'updateCustomerProfilesV2', { ...upsert, options: { batchSize: 100 } }, { inputItems: profiles(250) });
		expect(batchSizes()).toEqual([100, 100, 50]);
	});

	test('turning batching off sends one request per item', async () => {
		await runOperation(server, 'updateCustomerProfilesV2', { ...upsert, options: { combineIntoBatches: false } }, { inputItems: profiles(3) });
		expect(batchSizes()).toEqual([1, 1, 1]);
	});

	test('a failed batch becomes one error item for each of its input items; the other batches succeed', async () => {
		server.setFaults([{ kind: 'status', status: 500, times: 1, match: { operationId: 'updateCustomerProfilesV2' } }]);
		const result = await runOperation(server, 'updateCustomerProfilesV2', { ...upsert, options: { batchSize: 10, maxParallel: 1 } }, {
			inputItems: profiles(30),
			continueOnFail: true,
		});
		const output = jsonOf(result);
		expect(output).toHaveLength(30);
		expect(output.slice(0, 10).every((o) => /HTTP 500/.test(o.error as string))).toBe(true);
		expect(output.slice(10).every((o) => o.success === true)).toBe(true);
		expect(server.state.profiles.has('p-3')).toBe(false);
		expect(server.state.profiles.has('p-13')).toBe(true);
	});

	test('a later change of the same profile is never sent before an earlier one, even across batches', async () => {
		const items = [{ id: 'same', v: 1 }, { id: 'other', v: 1 }, { id: 'same', v: 2 }];
		await runOperation(
			server,
			'updateCustomerProfilesV2',
			{ ...upsert, additionalFields: { attributes: { attribute: [{ name: 'v', type: 'number', value: '={{ $json.v }}' }] } } },
			{ inputItems: items },
		);
		expect(server.state.profiles.get('same')?.attributes).toEqual({ v: 2 });
	});

	test('referral items with different settings are not merged; 1000 advocates per request at most', async () => {
		const items = [
			...Array.from({ length: 3 }, (_v, i) => ({ ids: Array.from({ length: 400 }, (_w, j) => `a-${i}-${j}`), limit: 1 })),
			{ ids: ['solo'], limit: 2 },
		];
		const result = await runOperation(
			server,
			'createReferralsForMultipleAdvocates',
			{ campaignId: 2, advocateProfileIntegrationIds: '={{ $json.ids }}', usageLimit: '={{ $json.limit }}', silent: true },
			{ inputItems: items },
		);
		expect(result.error).toBeUndefined();
		const sent = server.requests.map((r) => [(r.body as IDataObject).usageLimit, ((r.body as IDataObject).advocateProfileIntegrationIds as unknown[]).length]);
		expect(sent).toEqual([[1, 800], [1, 400], [2, 1]]);
		expect(jsonOf(result)[3]).toEqual({ success: true, campaignId: 2, advocateProfileIntegrationIds: ['solo'] });
	});

	test('audience changes are batched into one request', async () => {
		const items = Array.from({ length: 5 }, (_v, i) => ({ id: `demo-member-${i}` }));
		const result = await runOperation(server, 'updateCustomerProfileAudiences', { action: 'add', profileIntegrationId: '={{ $json.id }}', audienceId: 1 }, {
			inputItems: items,
		});
		expect(result.error).toBeUndefined();
		expect(server.requests).toHaveLength(1);
		expect(server.state.audienceMembers.get(1)?.size).toBe(6);
	});
});
