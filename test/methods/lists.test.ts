/** The dropdowns (n8n resource locators' From List) loaded through n8n-core's real LoadOptionsContext from the fake Talon.One. */
import type { INodeParameters, INodeProperties } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { listSearch, loadOptions } from '../../tools/n8n-harness';
import { TalonOne } from '../../nodes/TalonOne/TalonOne.node';
import { ATTRIBUTE_ENTITIES, LISTS, OPTION_LISTS, attributeList } from '../../nodes/TalonOne/methods/listNames';
import { credentialsFor, expectNoSecrets, useFakeServer, type Scheme } from '../support/talonOne';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));

async function load(method: string, options: { scheme?: Scheme; parameters?: INodeParameters; filter?: string; paginationToken?: string } = {}) {
	return await listSearch({
		nodeType: new TalonOne(),
		parameters: { resource: 'campaign', operation: 'get', ...options.parameters },
		credentials: { talonOneApi: credentialsFor(server, options.scheme ?? 'managementKey') as never },
		method,
		filter: options.filter,
		paginationToken: options.paginationToken,
	});
}

async function options(method: string, scheme: Scheme = 'managementKey') {
	return await loadOptions({
		nodeType: new TalonOne(),
		parameters: { resource: 'customerProfile', operation: 'update' },
		credentials: { talonOneApi: credentialsFor(server, scheme) as never },
		method,
	});
}

const names = (result: Awaited<ReturnType<typeof load>>) => result.results.map((r) => r.name);

describe('searchable lists with a Management API key', () => {
	test('every list method of the node is one of the declared lists', () => {
		const declared = [...Object.values(LISTS), attributeList(), ...ATTRIBUTE_ENTITIES.map((entity) => attributeList(entity))];
		expect(Object.keys(new TalonOne().methods.listSearch).sort()).toEqual(declared.sort());
	});

	test('every dropdown offers for typing what its list gives: By ID for numeric IDs, By Name for names', async () => {
		const typedModes = new Map<string, Set<string>>();
		const visit = (property: INodeProperties) => {
			const list = property.modes?.[0]?.typeOptions?.searchListMethod;
			if (typeof list === 'string') {
				const modes = typedModes.get(list) ?? new Set<string>();
				for (const mode of property.modes!.slice(1)) modes.add(`${mode.name} ${mode.displayName}`);
				typedModes.set(list, modes);
			}
			for (const option of (property.options ?? []) as Array<INodeProperties & { values?: INodeProperties[] }>) {
				if ('type' in option && option.type) visit(option);
				for (const value of option.values ?? []) visit(value);
			}
		};
		new TalonOne().description.properties.forEach(visit);
		for (const [list, modes] of typedModes) {
			const { results } = await load(list, { parameters: { applicationId: { __rl: true, mode: 'list', value: '1' } } });
			const numeric = results.length > 0 && results.every((entry) => /^[0-9]+$/.test(String(entry.value)));
			expect({ list, modes: [...modes] }).toEqual({ list, modes: [numeric ? 'id By ID' : 'name By Name'] });
		}
	});

	test('applications: names with IDs, the ID as the value', async () => {
		const result = await load(LISTS.applications);
		expect(result.results).toEqual([
			{ name: 'Fake Shop (ID 1)', value: '1', description: 'EUR, Europe/Berlin' },
			{ name: 'Fake Shop Staging (ID 2)', value: '2', description: 'EUR, Europe/Berlin' },
		]);
		expect(server.requests[0].headers.authorization).toBe(`ManagementKey-v1 ${server.options.managementKey}`);
		expectNoSecrets(server, result);
	});

	test('searching filters by name; the next page starts where the last ended', async () => {
		expect(names(await load(LISTS.applications, { filter: 'staging' }))).toEqual(['Fake Shop Staging (ID 2)']);
		expect(names(await load(LISTS.applications, { paginationToken: '1' }))).toEqual(['Fake Shop Staging (ID 2)']);
	});

	test("campaigns of the chosen Application, searched by Talon.One's name filter", async () => {
		const all = await load(LISTS.campaigns, { parameters: { applicationId: { __rl: true, mode: 'list', value: '1' } } });
		expect(names(all)).toEqual(['10% off carts over 50 (ID 1)', 'Refer a friend (ID 2)', 'Points on orders over 100 (ID 3)']);
		const found = await load(LISTS.campaigns, { parameters: { applicationId: { __rl: true, mode: 'id', value: '1' } }, filter: 'refer' });
		expect(names(found)).toEqual(['Refer a friend (ID 2)']);
		expect(server.requests.at(-1)?.rawTarget).toBe('/v1/applications/1/campaigns?name=refer&pageSize=1000&skip=0');
	});

	test('campaigns before an Application is chosen: one line saying what to do', async () => {
		await expect(load(LISTS.campaigns)).rejects.toThrow(/^Cannot load the campaigns: choose the Application first.*By ID/);
		expect(server.requests).toHaveLength(0);
	});

	test('campaigns where the operation has no Application field: every Application\'s campaigns, the Application named beside each', async () => {
		const result = await load(LISTS.reachableCampaigns, { parameters: { resource: 'referral', operation: 'create' } });
		expect(result.results).toEqual([
			{ name: '10% off carts over 50 (ID 1)', value: '1', description: 'enabled, in Fake Shop' },
			{ name: 'Refer a friend (ID 2)', value: '2', description: 'enabled, in Fake Shop' },
			{ name: 'Points on orders over 100 (ID 3)', value: '3', description: 'enabled, in Fake Shop' },
		]);
		expect(server.requests.map((r) => r.rawTarget)).toEqual([
			'/v1/applications?pageSize=1000&skip=0',
			'/v1/applications/1/campaigns?pageSize=1000&skip=0',
			'/v1/applications/2/campaigns?pageSize=1000&skip=0',
		]);
		expect(names(await load(LISTS.reachableCampaigns, { filter: 'points' }))).toEqual(['Points on orders over 100 (ID 3)']);
		expect(server.requests.at(-1)?.rawTarget).toBe('/v1/applications/2/campaigns?name=points&pageSize=1000&skip=0');
	});

	test('multi-selects load every entry: audiences, and campaigns without an Application field', async () => {
		expect(await options(OPTION_LISTS.audiences)).toEqual([{ name: 'Newsletter subscribers (ID 1)', value: '1', description: 'from mparticle' }]);
		expect((await options(OPTION_LISTS.reachableCampaigns)).map((o) => o.value)).toEqual(['1', '2', '3']);
	});

	test('loyalty programs, audiences and event types', async () => {
		expect(names(await load(LISTS.loyaltyPrograms))).toEqual(['Demo Rewards (ID 1)', 'Demo Loyalty Cards (ID 2)']);
		expect(names(await load(LISTS.audiences))).toEqual(['Newsletter subscribers (ID 1)']);
		expect((await load(LISTS.eventTypes)).results.map((r) => r.value)).toEqual(['newsletter_signup', 'product_review']);
	});

	test("attribute rows offer the entity's custom attributes with their types", async () => {
		expect(names(await load(attributeList('CustomerProfile')))).toEqual(['loyaltyTier (Text)', 'birthday (Date)']);
		expect((await load(attributeList('Event'))).results).toEqual([{ name: 'rating (Number)', value: 'rating', description: 'Rating' }]);
		expect(names(await load(attributeList('CustomerProfile'), { filter: 'tier' }))).toEqual(['loyaltyTier (Text)']);
	});
});

describe('without a Management API key', () => {
	test('running campaigns come from the Integration API', async () => {
		const result = await load(LISTS.campaigns, { scheme: 'apiKey' });
		expect(names(result)).toEqual(['10% off carts over 50 (ID 1)', 'Refer a friend (ID 2)', 'Points on orders over 100 (ID 3)']);
		expect(server.requests[0]).toMatchObject({ path: '/v1/integration/campaigns' });
		expect(server.requests[0].headers.authorization).toBe(`ApiKey-v1 ${server.options.apiKey}`);
	});

	test('campaigns where the operation has no Application field: the running ones, in the list and the multi-select', async () => {
		expect(names(await load(LISTS.reachableCampaigns, { scheme: 'apiKey', parameters: { resource: 'referral', operation: 'create' } }))).toEqual([
			'10% off carts over 50 (ID 1)',
			'Refer a friend (ID 2)',
			'Points on orders over 100 (ID 3)',
		]);
		expect((await options(OPTION_LISTS.reachableCampaigns, 'apiKey')).map((o) => o.name)).toHaveLength(3);
		expect(server.requests.map((r) => r.path)).toEqual(['/v1/integration/campaigns', '/v1/integration/campaigns']);
	});

	test('a multi-select that cannot load says why in one line and that an expression with the IDs still works', async () => {
		const error = (await options(OPTION_LISTS.audiences, 'apiKey').catch((e: Error) => e)) as Error;
		expect(error.message).toMatch(/^Cannot load the audiences: .*needs a Management API key.*switch the field to Expression and give the numeric IDs, e\.g\. \{\{ \[12, 13\] \}\}\.$/);
		expect(error.message).not.toContain('\n');
		expect(server.requests).toHaveLength(0);
	});

	test('a Management list fails in one line that says where to create a key, and nothing is sent', async () => {
		const error = await load(LISTS.audiences, { scheme: 'apiKey' }).catch((e: Error) => e);
		expect(error).toBeInstanceOf(Error);
		const { message } = error as Error;
		expect(message).toMatch(/^Cannot load the audiences: .*needs a Management API key.*Account > Tools > Management API Keys.*By ID/);
		expect(message).not.toContain('\n');
		expect(server.requests).toHaveLength(0);
	});

	test('a list of names says to type the name (By Name), not to enter an ID', async () => {
		const error = (await load(LISTS.eventTypes, { scheme: 'apiKey' }).catch((e: Error) => e)) as Error;
		expect(error.message).toMatch(/needs a Management API key.*You can still type the name \(By Name\)\.$/);
		expect(error.message).not.toContain('By ID');
	});

	test('a wrong key fails in one line naming the status, without the key', async () => {
		const credentials = { ...credentialsFor(server, 'managementKey'), managementKey: 'wrong-management-key-123' };
		const error = (await listSearch({
			nodeType: new TalonOne(),
			parameters: { resource: 'campaign', operation: 'get' },
			credentials: { talonOneApi: credentials as never },
			method: LISTS.applications,
		}).catch((e: Error) => e)) as Error;
		expect(error.message).toMatch(/^Cannot load the Applications: Talon.One answered HTTP 401.*GET \/v1\/applications.*By ID/);
		expect(error.message).not.toContain('wrong-management-key');
	});

	test('an unreachable deployment fails in one line', async () => {
		const credentials = { ...credentialsFor(server, 'managementKey'), baseUrl: 'http://127.0.0.1:9/' };
		const error = (await listSearch({
			nodeType: new TalonOne(),
			parameters: {},
			credentials: { talonOneApi: credentials as never },
			method: LISTS.applications,
		}).catch((e: Error) => e)) as Error;
		expect(error.message).toMatch(/^Cannot load the Applications: .*refused/);
		expect(error.message).not.toContain('\n');
	});
});
