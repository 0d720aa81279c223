import type { IDataObject } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { useFakeServer } from '../support/talonOne';
import { descriptionOf, outputOf, run, watchForSecrets } from './support';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

const createCodes = { campaignId: 2, advocateProfileIntegrationIds: '={{ $json.ids }}', usageLimit: 1, silent: false, options: { maxParallel: 1 } };
const advocatesOf = (output: IDataObject[]) =>
	output.map((o) => ((o.referrals as IDataObject[] | undefined) ?? []).map((r) => r.advocateProfileIntegrationId));
const codesOf = (output: IDataObject) => ((output.referrals as IDataObject[] | undefined) ?? []).map((r) => r.code);
const referral = (advocate: string, code: string): IDataObject => ({ id: code.length, code, campaignId: 2, advocateProfileIntegrationId: advocate, usageLimit: 1, usageCounter: 0, created: '2026-01-01T00:00:00Z' });
const answer = (data: IDataObject[]) => ({ kind: 'status' as const, status: 201, body: { totalResultSize: data.length, data }, apply: true });
const unaccounted = 'Talon.One accepted the request, but its answer has no referral code for this advocate. Check the referral codes in Talon.One before running the item again.';

describe('Create for Multiple Advocates: each item gets exactly the codes created for it', () => {
	test('advocate "a" in items 1 and 3 (one request): each of the two items gets one code, and they differ', async () => {
		const result = await run(server, 'createReferralsForMultipleAdvocates', createCodes, { inputItems: [{ ids: 'a' }, { ids: 'b' }, { ids: 'a' }] });
		expect(result.error).toBeUndefined();
		expect(server.requests).toHaveLength(1);
		const output = outputOf(result);
		expect(advocatesOf(output)).toEqual([['a'], ['b'], ['a']]);
		const [first, , third] = output.map(codesOf);
		expect(first[0]).not.toBe(third[0]);
		for (const code of [...first, ...third]) expect(server.state.referrals.get(code as string)?.advocateProfileIntegrationId).toBe('a');
	});

	test('an item with two advocates gets its two codes, in the order of its advocates', async () => {
		const result = await run(server, 'createReferralsForMultipleAdvocates', createCodes, { inputItems: [{ ids: 'a, b' }, { ids: 'b, a' }] });
		expect(advocatesOf(outputOf(result))).toEqual([['a', 'b'], ['b', 'a']]);
	});

	test('an answer in another order than asked still gives each item the code of its own advocate', async () => {
		server.setFaults([answer([referral('c', 'CODE-C'), referral('b', 'CODE-B'), referral('a', 'CODE-A')])]);
		const result = await run(server, 'createReferralsForMultipleAdvocates', createCodes, { inputItems: [{ ids: 'a' }, { ids: 'b' }, { ids: 'c' }] });
		expect(outputOf(result).map(codesOf)).toEqual([['CODE-A'], ['CODE-B'], ['CODE-C']]);
	});

	test('an advocate without a code in the answer gets an error item, not an empty list; the codes of its item that were made are kept', async () => {
		server.setFaults([answer([referral('a', 'CODE-A'), referral('c', 'CODE-C')])]);
		const result = await run(server, 'createReferralsForMultipleAdvocates', createCodes, {
			inputItems: [{ ids: 'a' }, { ids: 'b' }, { ids: 'c, d' }],
			continueOnFail: true,
		});
		const output = outputOf(result);
		expect(output[0]).toEqual({ referrals: [referral('a', 'CODE-A')] });
		expect(output[1]).toEqual({ error: 'Item 2: Talon.One returned no referral code for advocate "b"', description: unaccounted });
		expect(output[2]).toEqual({
			error: 'Item 3: Talon.One returned no referral code for advocate "d"',
			description: unaccounted,
			referrals: [referral('c', 'CODE-C')],
		});
	});

	test('without Continue On Fail the run stops with that error, and the item is listed as maybe applied', async () => {
		server.setFaults([answer([referral('a', 'CODE-A')])]);
		const result = await run(server, 'createReferralsForMultipleAdvocates', createCodes, { inputItems: [{ ids: 'a' }, { ids: 'b, c, d, e, f' }] });
		expect(result.error?.message).toBe('Item 2: Talon.One returned no referral code for advocates "b", "c", "d" and 2 more');
		expect(descriptionOf(result)).toBe(`${unaccounted.replace('this advocate', 'these advocates')}\n\nAlready applied in Talon.One: items 1. Maybe applied (check in Talon.One): items 2.`);
	});
});
