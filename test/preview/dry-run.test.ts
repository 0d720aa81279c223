/**
 * Preview (Dry Run): one group with what Talon.One allows for each update (`dry`, `now`,
 * `evaluableCampaignIds`), each setting checked before anything is sent.
 */
import type { IDataObject, INodeParameters, INodeProperties } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { TalonOne } from '../../nodes/TalonOne/TalonOne.node';
import { jsonOf, runOperation, useFakeServer } from '../support/talonOne';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));

const cart = { item: [{ name: 'Running Shoes', sku: 'SHOE-42', quantity: 1, price: 59.9 }] };

async function expectRejected(operationId: string, parameters: INodeParameters, message: string, hint: string) {
	const result = await runOperation(server, operationId, parameters);
	expect(result.error?.message).toBe(message);
	expect((result.error as { description?: string }).description).toContain(hint);
	expect(server.requests).toHaveLength(0);
}

describe('Customer Session → Update', () => {
	test('a dry run at a future date for chosen campaigns: the effects come back, nothing is stored', async () => {
		const result = await runOperation(server, 'updateCustomerSessionV2', {
			customerSessionId: 'try-1',
			cartItems: cart,
			preview: { dry: true, now: '2027-03-01T09:00:00Z', evaluableCampaignIds: '1, 2' },
		});
		expect(result.error).toBeUndefined();
		const [request] = server.requests;
		expect(request.query).toEqual({ dry: 'true', now: '2027-03-01T09:00:00Z' });
		expect((request.body as { customerSession: IDataObject }).customerSession.evaluableCampaignIds).toEqual([1, 2]);
		expect(jsonOf(result)[0]).toMatchObject({ customerSessionId: 'try-1', discountTotal: 5.99 });
		expect(server.state.sessions.has('try-1')).toBe(false);
	});

	test('without the group nothing about dry runs is sent, and the session is stored', async () => {
		await runOperation(server, 'updateCustomerSessionV2', { customerSessionId: 'real-1', cartItems: cart });
		expect(server.requests[0].rawTarget).toBe('/v2/customer_sessions/real-1');
		expect(server.state.sessions.has('real-1')).toBe(true);
	});

	test('Evaluate At or Evaluate Campaign Names or IDs without Dry Run are refused: Talon.One takes them only in a dry run', async () => {
		await expectRejected(
			'updateCustomerSessionV2',
			{ customerSessionId: 's1', preview: { now: '2027-03-01T09:00:00Z' } },
			'Item 1: Evaluate At works only together with Dry Run',
			'Turn on Dry Run under Preview (Dry Run), or remove Evaluate At.',
		);
		await expectRejected(
			'updateCustomerSessionV2',
			{ customerSessionId: 's1', preview: { dry: false, evaluableCampaignIds: '3' } },
			'Item 1: Evaluate Campaign Names or IDs works only together with Dry Run',
			'Turn on Dry Run under Preview (Dry Run), or remove Evaluate Campaign Names or IDs.',
		);
	});

	test('in JSON mode the dry run comes from the group and the campaigns from the JSON body', async () => {
		const result = await runOperation(server, 'updateCustomerSessionV2', {
			customerSessionId: 'try-json',
			inputMode: 'json',
			jsonBody: JSON.stringify({ customerSession: { evaluableCampaignIds: [1] } }),
			preview: { dry: true },
		});
		expect(result.error).toBeUndefined();
		expect(server.requests[0].query).toEqual({ dry: 'true' });
		expect(server.state.sessions.has('try-json')).toBe(false);
	});
});

describe('Customer Profile → Update', () => {
	test('a dry run needs Run Rule Engine: without it Talon.One would save the update, so the node refuses', async () => {
		await expectRejected(
			'updateCustomerProfileV2',
			{ integrationId: 'demo-customer-1', preview: { dry: true } },
			'Item 1: Dry Run works only together with Run Rule Engine',
			'Turn on Run Rule Engine, or remove Dry Run.',
		);
	});

	test('with Run Rule Engine the dry run for chosen campaigns saves nothing', async () => {
		const result = await runOperation(server, 'updateCustomerProfileV2', {
			integrationId: 'demo-customer-1',
			runRuleEngine: true,
			additionalFields: { attributes: { attribute: [{ name: 'Tier', type: 'string', value: 'gold' }] } },
			preview: { dry: true, evaluableCampaignIds: '1' },
		});
		expect(result.error).toBeUndefined();
		expect(server.requests[0].query).toEqual({ runRuleEngine: 'true', dry: 'true' });
		expect((server.requests[0].body as IDataObject).evaluableCampaignIds).toEqual([1]);
		expect(server.state.profiles.get('demo-customer-1')?.attributes.Tier).toBeUndefined();
	});
});

describe('Event → Track', () => {
	test('a dry run records no event', async () => {
		const result = await runOperation(server, 'trackEvent', { type: 'newsletter_signup', sessionId: 's1', preview: { dry: true } });
		expect(result.error).toBeUndefined();
		expect(server.requests[0].query).toEqual({ dry: 'true' });
		expect(server.state.events.size).toBe(0);
	});
});

describe('the Preview (Dry Run) group', () => {
	const groups = new TalonOne().description.properties.filter((p) => p.name === 'preview');
	const settingsOf = (resource: string, operation: string) => {
		const group = groups.find((p) => p.displayOptions?.show?.resource?.[0] === resource && p.displayOptions.show.operation?.[0] === operation);
		return (group?.options as INodeProperties[] | undefined)?.map((o) => o.displayName);
	};

	test("offers per operation what Talon.One's spec allows, in one collection with a plain description", () => {
		expect(settingsOf('customerSession', 'update')).toEqual(['Dry Run', 'Evaluate At', 'Evaluate Campaign Names or IDs']);
		expect(settingsOf('customerProfile', 'update')).toEqual(['Dry Run', 'Evaluate Campaign Names or IDs']);
		expect(settingsOf('event', 'track')).toEqual(['Dry Run', 'Evaluate All Campaigns', 'Evaluate Campaign Names or IDs']);
		expect(settingsOf('event', 'trackUnique')).toEqual(['Dry Run', 'Evaluate All Campaigns', 'Evaluate Campaign Names or IDs']);
		expect(settingsOf('customerSession', 'returnItems')).toEqual(['Dry Run']);
		expect(settingsOf('event', 'trackLegacy')).toEqual(['Dry Run']);
		expect(settingsOf('customerSession', 'updateLegacy')).toEqual(['Dry Run']);
		expect(settingsOf('customerProfile', 'updateLegacy')).toEqual(['Dry Run']);
		expect(groups).toHaveLength(8);
		for (const group of groups) {
			expect(group).toMatchObject({ displayName: 'Preview (Dry Run)', type: 'collection', default: {} });
			expect(group.description).toMatch(/^Try it without saving anything/);
		}
	});

	test('Dry Run is on once added; the campaigns (a body field) are set in the JSON body in JSON mode', () => {
		const session = groups.find((p) => p.displayOptions?.show?.resource?.[0] === 'customerSession' && p.displayOptions.show.operation?.[0] === 'update')!;
		const options = session.options as INodeProperties[];
		expect(options.find((o) => o.name === 'dry')?.default).toBe(true);
		expect(options.find((o) => o.name === 'evaluableCampaignIds')?.displayOptions).toEqual({ show: { '/inputMode': ['fields'] } });
		expect(options.find((o) => o.name === 'now')?.type).toBe('dateTime');
	});
});
