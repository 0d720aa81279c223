import type { IDataObject } from 'n8n-workflow';
import { operations } from '../../nodes/TalonOne/operations';
import { startFakeTalonOne, type FakeTalonOne } from '../../tools/fake-talon-one';
import * as n8n from '../../tools/real-n8n';
import { createHomeWithPackage, loadExamples, sandboxCredentials } from '../../tools/real-n8n';

/**
 * Every example workflow runs in real n8n (the 2.x line on Node 24 and the last 1.x line on Node 20),
 * with this package installed the way n8n installs community packages, against the fake Talon.One;
 * outputs and the server's state are checked. N8N_E2E_MAJORS=2 limits the run to one line.
 */
type Run = Awaited<ReturnType<typeof n8n.executeWorkflow>>;
type Home = Awaited<ReturnType<typeof createHomeWithPackage>>;

const majors = (process.env.N8N_E2E_MAJORS ?? '2,1').split(',').map((m) => m.trim());

describe.each(majors)('real n8n %s.x', (major) => {
	let server: FakeTalonOne;
	let home: Home;
	const ids = new Map<string, string>();
	const seenOperations = new Set<string>();

	const secrets = () => {
		const { apiKey, applicationKey, managementKey, bearerToken } = server.options;
		return [apiKey, applicationKey, managementKey, bearerToken].map((s) => s.slice(0, 8));
	};

	function expectNoSecretsIn(run: Run) {
		const text = JSON.stringify(run) + run.__cli.stdout + run.__cli.stderr;
		for (const secret of secrets()) expect(text).not.toContain(secret);
	}

	async function runExample(file: string): Promise<Run> {
		server.reset();
		const run = await n8n.executeWorkflow(home, ids.get(file)!);
		for (const request of server.requests) if (request.operationId) seenOperations.add(request.operationId);
		expectNoSecretsIn(run);
		expect(n8n.nodeError(run)).toBeUndefined();
		expect(run.status).toBe('success');
		return run;
	}

	const out = (run: Run, node: string) => n8n.nodeOutput(run, node) as IDataObject[];
	const requestsTo = (operationId: string) => server.requests.filter((r) => r.operationId === operationId);

	beforeAll(async () => {
		server = await startFakeTalonOne({ demo: true, apiKey: `ak${Date.now().toString(36)}e2eKeyQ7` });
		home = await createHomeWithPackage(major);
		await n8n.importCredentials(home, sandboxCredentials(server));
		for (const { file, workflow } of loadExamples()) ids.set(file, await n8n.importWorkflow(home, workflow));
	});

	afterAll(async () => {
		await server?.close();
		home?.cleanup();
	});

	describe('the examples', () => {
		test('a: a shop order list becomes the cart without code; the simplified output gives the discount and coupon verdicts', async () => {
			const run = await runExample('a-cart-discounts.json');
			expect(out(run, 'Discounts')).toEqual([
				{
					orderId: 'order-1001',
					state: 'closed',
					discountTotal: 6.89,
					acceptedCoupons: ['WELCOME10'],
					rejectedCoupons: [{ code: 'WELCOM10', reason: 'CouponNotFound' }],
				},
			]);
			const [update, close] = requestsTo('updateCustomerSessionV2');
			expect((update.body as { customerSession: IDataObject }).customerSession.cartItems).toEqual([
				{ name: 'Running Shoes', sku: 'SHOE-42', quantity: 1, price: 59.9, category: 'shoes' },
				{ name: 'Sport Socks', sku: 'SOCK-1', quantity: 2, price: 4.5, category: 'socks' },
			]);
			expect(close.body).toEqual({ customerSession: { state: 'closed' } });
			expect(server.state.sessions.get('order-1001')?.state).toBe('closed');
		});

		test('b: CRM contacts become profiles in one batch, VIPs join the audience', async () => {
			const run = await runExample('b-crm-profile-sync.json');
			expect(out(run, 'Update Profiles')).toEqual([
				{ success: true, integrationId: 'ada@example.com' },
				{ success: true, integrationId: 'alan@example.com' },
				{ success: true, integrationId: 'grace@example.com' },
			]);
			expect(requestsTo('updateCustomerProfilesV2')).toHaveLength(1);
			expect(server.state.profiles.get('alan@example.com')?.attributes).toEqual({ Name: 'Alan', Tier: 'silver' });
			expect([...(server.state.audienceMembers.get(1) ?? [])].sort()).toEqual(['ada@example.com', 'demo-customer-1', 'grace@example.com']);
		});

		test('c: referral code, friend coupon reservation, who holds it, codes for many advocates, release', async () => {
			const run = await runExample('c-referral-program.json');
			const [referral] = out(run, 'Create Referral Code');
			expect(referral).toMatchObject({ campaignId: 2, advocateProfileIntegrationId: 'demo-customer-1', friendProfileIntegrationId: 'friend-77' });
			expect(server.state.referrals.has(referral.code as string)).toBe(true);
			expect((out(run, 'Who Holds It')[0].data as IDataObject[]).map((p) => p.integrationId)).toEqual(['friend-77']);
			const [codes] = out(run, 'Codes for Newsletter Advocates');
			expect((codes.referrals as IDataObject[]).map((r) => r.advocateProfileIntegrationId)).toEqual(['demo-customer-1', 'demo-customer-2']);
			expect(out(run, 'Release Reservation')).toEqual([{ success: true, couponValue: 'SUMMER-SALE' }]);
			expect(server.state.reservations.get('SUMMER-SALE')?.size ?? 0).toBe(0);
		});

		test('d: an audience is created, filled, given attributes, renamed, emptied and deleted', async () => {
			const run = await runExample('d-audience-sync.json');
			const [audience] = out(run, 'Create Audience');
			expect(out(run, 'Add Members')).toHaveLength(3);
			expect(requestsTo('updateCustomerProfileAudiences')).toHaveLength(1);
			expect(server.state.profiles.get('new-member-3')?.attributes).toMatchObject({ SpringCampaign: true });
			expect(out(run, 'Rename Audience')[0]).toMatchObject({ id: audience.id, name: 'Spring campaign 2027' });
			expect(requestsTo('deleteAudienceMembershipsV2')).toHaveLength(1);
			expect(out(run, 'Delete Audience')).toEqual([{ success: true, audienceId: audience.id }]);
			expect(server.state.audiences.has(audience.id as number)).toBe(false);
		});

		test("e: a GDPR request gets the customer's inventory, then erases the customer", async () => {
			const run = await runExample('e-gdpr-request.json');
			const [inventory] = out(run, 'Get Inventory');
			expect((inventory.profile as IDataObject).integrationId).toBe('demo-customer-1');
			expect((inventory.coupons as IDataObject[]).map((c) => c.value)).toContain('WELCOME10');
			expect(out(run, 'Delete Customer Data')).toEqual([{ success: true, integrationId: 'demo-customer-1' }]);
			expect(server.state.profiles.has('demo-customer-1')).toBe(false);
		});

		test('f: a custom event is tracked in the session', async () => {
			const run = await runExample('f-track-event.json');
			expect(out(run, 'Track Event')[0]).toMatchObject({ eventType: 'newsletter_signup', customerSessionId: 'order-1001', effects: [] });
			expect(requestsTo('trackEvent')[0].body).toEqual({
				type: 'newsletter_signup',
				sessionId: 'order-1001',
				profileId: 'demo-customer-2',
				attributes: { source: 'footer form' },
			});
		});

		test('g: the legacy V1 operations sign every request with the application key', async () => {
			await runExample('g-legacy-v1-signing.json');
			const signed = server.requests.filter((r) => r.headers['content-signature']);
			expect(signed.map((r) => r.operationId)).toEqual(['updateCustomerProfile', 'updateCustomerSession']);
			for (const r of signed) expect(r.headers['content-signature']).toBe(server.contentSignature(r.bodyText));
			expect(server.state.sessions.has('legacy-order-1')).toBe(true);
		});

		test('together the example runs reached every resource of the node in Talon.One', () => {
			const reached = new Set(operations.filter((op) => seenOperations.has(op.operationId)).map((op) => op.resource));
			expect([...new Set(operations.map((op) => op.resource))].filter((resource) => !reached.has(resource))).toEqual([]);
		});
	});

	describe('credentials', () => {
		let editor: Awaited<ReturnType<typeof n8n.startEditor>>;
		beforeAll(async () => {
			editor = await n8n.startEditor(home, { port: 0 });
		});
		afterAll(async () => await editor?.stop());

		test('the credential test passes with the sandbox key', async () => {
			const [good] = sandboxCredentials(server);
			expect(await n8n.testCredential(editor, { type: good.type, data: good.data })).toEqual({
				status: 'OK',
				message: 'Connection successful: Talon.One accepted the credentials',
			});
		});

		test('the credential test fails readably with a wrong key, without echoing it', async () => {
			const [good] = sandboxCredentials(server);
			const result = await n8n.testCredential(editor, { type: good.type, data: { ...good.data, apiKey: 'wrong-key-0000' } });
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/rejected the credentials \(HTTP 401\)/);
			expect(result.message).not.toContain('wrong-key');
		});

		test('the credential test names an unreachable host', async () => {
			const [good] = sandboxCredentials(server);
			const result = await n8n.testCredential(editor, { type: good.type, data: { ...good.data, baseUrl: 'http://127.0.0.1:9' } });
			expect(result).toEqual({ status: 'Error', message: expect.stringMatching(/connection was refused/) });
		});
	});

	describe('a bad API key', () => {
		test('the workflow fails with the readable error and the key appears nowhere', async () => {
			const [good] = sandboxCredentials(server);
			await n8n.importCredentials(home, [{ ...good, id: 'TalonOneBadKey01', name: 'Bad Key', data: { ...good.data, apiKey: 'bad-key-zz9' } }]);
			const { workflow } = loadExamples().find((e) => e.file === 'f-track-event.json')!;
			const nodes = (workflow.nodes as IDataObject[]).map((node) =>
				node.credentials ? { ...node, credentials: { talonOneApi: { id: 'TalonOneBadKey01', name: 'Bad Key' } } } : node,
			);
			const id = await n8n.importWorkflow(home, { ...workflow, id: 'tlnE2eBadKey0001', name: 'Bad key', nodes });
			server.reset();
			const run = await n8n.executeWorkflow(home, id);
			expect(n8n.nodeError(run)).toMatchObject({
				nodeName: 'Track Event',
				message: 'Talon.One rejected the API key: check the key and that it belongs to this Application',
				httpCode: '401',
			});
			expect(JSON.stringify(run) + run.__cli.stdout + run.__cli.stderr).not.toContain('bad-key-zz9');
			expectNoSecretsIn(run);
		});
	});
});
