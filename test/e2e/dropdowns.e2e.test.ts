import type { INodeProperties } from 'n8n-workflow';
import { TalonOne } from '../../nodes/TalonOne/TalonOne.node';
import { startFakeTalonOne, type FakeTalonOne } from '../../tools/fake-talon-one';
import * as n8n from '../../tools/real-n8n';
import { createHomeWithPackage, sandboxCredentials } from '../../tools/real-n8n';

/**
 * Every searchable list the node offers, loaded the way the editor loads it: through real n8n's REST
 * API (`/rest/dynamic-node-parameters/...`) with the sandbox credential, against the fake Talon.One.
 * N8N_E2E_MAJORS=2 limits the run to one line.
 */
const majors = (process.env.N8N_E2E_MAJORS ?? '2,1').split(',').map((m) => m.trim());
const NODE_TYPE = { name: 'n8n-nodes-talon-one.talonOne', version: 1 };

interface ListUse {
	method: string;
	/** Where the list first appears: parameter path and the resource and operation that show it. */
	path: string;
	resource: string;
	operation: string;
}

/**
 * Every `searchListMethod` (resource locators) or `loadOptionsMethod` (multi-selects) in the node's
 * parameters (also inside collections and rows), with one place it is used.
 */
function listsOfNode(kind: 'searchListMethod' | 'loadOptionsMethod'): ListUse[] {
	const found = new Map<string, ListUse>();
	const visit = (properties: readonly INodeProperties[], path: string, shown: { resource: string; operation: string } | undefined) => {
		for (const property of properties) {
			const show = property.displayOptions?.show;
			const here = show?.resource && show.operation ? { resource: String(show.resource[0]), operation: String(show.operation[0]) } : shown;
			const methods = kind === 'searchListMethod' ? (property.modes ?? []).map((mode) => mode.typeOptions?.searchListMethod) : [property.typeOptions?.loadOptionsMethod];
			for (const method of methods) {
				if (method && here && !found.has(method)) found.set(method, { method, path: `${path}.${property.name}`, ...here });
			}
			for (const option of (property.options ?? []) as Array<INodeProperties | { name: string; values?: INodeProperties[] }>) {
				if ('values' in option && option.values) visit(option.values, `${path}.${property.name}.${option.name}`, here);
				else if ('type' in option) visit([option as INodeProperties], `${path}.${property.name}`, here);
			}
		}
	};
	visit(new TalonOne().description.properties, 'parameters', undefined);
	return [...found.values()];
}

/** The sandbox credential without its Management API key: the Integration API key alone. */
function integrationKeyOnly(server: FakeTalonOne) {
	const [withManagement] = sandboxCredentials(server);
	return { ...withManagement, id: 'TalonOneKeyOnly1', name: 'Talon.One Sandbox (Integration Key Only)', data: { ...withManagement.data, managementAuth: 'none', managementKey: '' } };
}

const lists = listsOfNode('searchListMethod');
const multiSelects = listsOfNode('loadOptionsMethod');

describe.each(majors)('dropdowns in real n8n %s.x', (major) => {
	let server: FakeTalonOne;
	let home: Awaited<ReturnType<typeof createHomeWithPackage>>;
	let editor: Awaited<ReturnType<typeof n8n.startEditor>>;

	async function load(use: ListUse, credential: { id: string; name: string }, filter?: string) {
		await n8n.login(editor);
		return await n8n.rest(editor, 'POST', '/rest/dynamic-node-parameters/resource-locator-results', {
			nodeTypeAndVersion: NODE_TYPE,
			path: use.path,
			methodName: use.method,
			filter,
			currentNodeParameters: { resource: use.resource, operation: use.operation, applicationId: { __rl: true, mode: 'list', value: '1' } },
			credentials: { talonOneApi: { id: credential.id, name: credential.name } },
		});
	}

	/** A multi-select's entries, as the editor asks for them when it opens. */
	async function loadAll(use: ListUse, credential: { id: string; name: string }) {
		await n8n.login(editor);
		return await n8n.rest(editor, 'POST', '/rest/dynamic-node-parameters/options', {
			nodeTypeAndVersion: NODE_TYPE,
			path: use.path,
			methodName: use.method,
			currentNodeParameters: { resource: use.resource, operation: use.operation },
			credentials: { talonOneApi: { id: credential.id, name: credential.name } },
		});
	}

	beforeAll(async () => {
		server = await startFakeTalonOne({ demo: true, apiKey: `ak${Date.now().toString(36)}e2eDrop1` });
		home = await createHomeWithPackage(major);
		await n8n.importCredentials(home, [...sandboxCredentials(server), integrationKeyOnly(server)]);
		editor = await n8n.startEditor(home, { port: 0 });
	});

	afterAll(async () => {
		await editor?.stop();
		await server?.close();
		home?.cleanup();
	});

	test('the node offers the lists for application, campaign, loyalty program, audience, event type and attributes', () => {
		expect(lists.map((use) => use.method)).toEqual(
			expect.arrayContaining(['searchApplications', 'searchCampaigns', 'searchLoyaltyPrograms', 'searchAudiences', 'searchEventTypes', 'searchAttributesCustomerProfile']),
		);
	});

	test('every list loads names with the sandbox credential', async () => {
		const [credential] = sandboxCredentials(server);
		const loaded: Record<string, string[]> = {};
		for (const use of lists) {
			const res = await load(use, credential);
			expect({ method: use.method, status: res.status }).toEqual({ method: use.method, status: 200 });
			loaded[use.method] = (res.json?.data?.results ?? []).map((entry: { name: string }) => entry.name);
		}
		expect(loaded.searchApplications).toEqual(['Fake Shop (ID 1)', 'Fake Shop Staging (ID 2)']);
		expect(loaded.searchCampaigns).toEqual(['10% off carts over 50 (ID 1)', 'Refer a friend (ID 2)', 'Points on orders over 100 (ID 3)']);
		expect(loaded.searchReachableCampaigns).toEqual(['10% off carts over 50 (ID 1)', 'Refer a friend (ID 2)', 'Points on orders over 100 (ID 3)']);
		expect(loaded.searchLoyaltyPrograms).toEqual(['Demo Rewards (ID 1)', 'Demo Loyalty Cards (ID 2)']);
		expect(loaded.searchAudiences).toEqual(['Newsletter subscribers (ID 1)']);
		expect(loaded.searchEventTypes).toEqual(['Newsletter Signup', 'Product Review']);
		expect(loaded.searchAttributesCustomerProfile).toEqual(['loyaltyTier (Text)', 'birthday (Date)']);
		const empty = Object.entries(loaded).filter(([method, names]) => names.length === 0 && !['searchAttributesApplication', 'searchAttributesCampaign', 'searchAttributesCoupon', 'searchAttributesLoyaltyCard', 'searchAttributesReferral'].includes(method));
		expect(empty).toEqual([]);
		expect(server.requests.filter((request) => request.status === 429)).toEqual([]);
	});

	test('every multi-select loads names with IDs as values, with the sandbox credential and (campaigns) with the integration key alone', async () => {
		expect(multiSelects.map((use) => use.method).sort()).toEqual(['audienceOptions', 'reachableCampaignOptions']);
		const [credential] = sandboxCredentials(server);
		const withoutManagement = integrationKeyOnly(server);
		const loaded: Record<string, Array<{ name: string; value: string }>> = {};
		for (const use of multiSelects) {
			const res = await loadAll(use, credential);
			expect({ method: use.method, status: res.status }).toEqual({ method: use.method, status: 200 });
			loaded[use.method] = (res.json?.data ?? []).map(({ name, value }: { name: string; value: string }) => ({ name, value }));
		}
		expect(loaded.audienceOptions).toEqual([{ name: 'Newsletter subscribers (ID 1)', value: '1' }]);
		expect(loaded.reachableCampaignOptions.map((entry) => entry.value)).toEqual(['1', '2', '3']);
		const running = await loadAll(multiSelects.find((use) => use.method === 'reachableCampaignOptions')!, withoutManagement);
		expect(running.json?.data?.map((entry: { name: string }) => entry.name)).toEqual(['10% off carts over 50 (ID 1)', 'Refer a friend (ID 2)', 'Points on orders over 100 (ID 3)']);
		const referralCampaigns = await load(lists.find((use) => use.method === 'searchReachableCampaigns')!, withoutManagement);
		expect(referralCampaigns.json?.data?.results?.map((entry: { name: string }) => entry.name)).toHaveLength(3);
		const audiences = await loadAll(multiSelects.find((use) => use.method === 'audienceOptions')!, withoutManagement);
		expect(audiences.status).not.toBe(200);
		expect(audiences.text).toMatch(/Cannot load the audiences: .*needs a Management API key.*switch the field to Expression/);
	});

	test('searching narrows a list', async () => {
		const [credential] = sandboxCredentials(server);
		const res = await load(lists.find((use) => use.method === 'searchCampaigns')!, credential, 'refer');
		expect(res.json?.data?.results?.map((entry: { name: string }) => entry.name)).toEqual(['Refer a friend (ID 2)']);
	});

	test('without a Management API key a list says why in one line', async () => {
		const [, credential] = sandboxCredentials(server);
		const res = await load(lists.find((use) => use.method === 'searchAudiences')!, credential);
		expect(res.status).not.toBe(200);
		expect(res.text).toMatch(/Cannot load the audiences: .*needs a Management API key/);
	});
});
