import type { IDataObject } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { useFakeServer } from '../support/talonOne';
import { descriptionOf, outputOf, run, watchForSecrets } from './support';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

const updateMany = { integrationId: '={{ $json.id }}', silent: false, options: { maxParallel: 1 } };
const state = (integrationId: string): IDataObject => ({ customerProfile: { integrationId, attributes: {} }, effects: [], createdCoupons: [], createdReferrals: [] });
const answer = (ids: string[]) => ({ kind: 'status' as const, status: 200, body: { integrationStates: ids.map(state) }, apply: true });
const profileIdOf = (output: IDataObject) => (output.customerProfile as IDataObject | undefined)?.integrationId;
const unaccounted = 'Talon.One accepted the request, but its answer has no entry for this profile. The update may have been applied: check the profile in Talon.One before running the item again.';

describe('Update Many with Skip Updated Profiles in Output off: each item gets the profile with its own ID, not the one at its position', () => {
	test('an answer in reverse order still gives each item its own profile', async () => {
		server.setFaults([answer(['p-3', 'p-2', 'p-1'])]);
		const result = await run(server, 'updateCustomerProfilesV2', updateMany, { inputItems: [{ id: 'p-1' }, { id: 'p-2' }, { id: 'p-3' }] });
		expect(outputOf(result).map(profileIdOf)).toEqual(['p-1', 'p-2', 'p-3']);
	});

	test('the same profile twice in one batch: both items get an entry for it', async () => {
		const result = await run(server, 'updateCustomerProfilesV2', updateMany, { inputItems: [{ id: 'p-1' }, { id: 'p-2' }, { id: 'p-1' }] });
		expect(outputOf(result).map(profileIdOf)).toEqual(['p-1', 'p-2', 'p-1']);
	});

	test('a profile missing from the answer gets an error item, and the others keep theirs', async () => {
		server.setFaults([answer(['p-3', 'p-1'])]);
		const result = await run(server, 'updateCustomerProfilesV2', updateMany, { inputItems: [{ id: 'p-1' }, { id: 'p-2' }, { id: 'p-3' }], continueOnFail: true });
		const output = outputOf(result);
		expect(output.map(profileIdOf)).toEqual(['p-1', undefined, 'p-3']);
		expect(output[1]).toEqual({ error: 'Item 2: Talon.One\'s answer has no entry for customer profile "p-2"', description: unaccounted });
	});

	test('without Continue On Fail, that item stops the run and is listed as maybe applied', async () => {
		server.setFaults([answer(['p-1'])]);
		const result = await run(server, 'updateCustomerProfilesV2', updateMany, { inputItems: [{ id: 'p-1' }, { id: 'p-2' }] });
		expect(result.error?.message).toBe('Item 2: Talon.One\'s answer has no entry for customer profile "p-2"');
		expect(descriptionOf(result)).toBe(`${unaccounted}\n\nAlready applied in Talon.One: items 1. Maybe applied (check in Talon.One): items 2.`);
	});
});
