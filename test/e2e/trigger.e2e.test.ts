/**
 * The Talon.One Trigger in real n8n (2.x on Node 24, the last 1.x on Node 20), installed as a
 * community package: `n8n start`, a workflow with the trigger imported and ACTIVATED, and the fake
 * Talon.One delivering notifications to its production webhook URL. Checks the executions n8n
 * saved (REST API): items, de-duplication by X-UUID, refusal of a wrong secret, a 1,000-entry
 * batch, and the trigger examples end to end (mail received by the SMTP sink).
 * N8N_E2E_MAJORS=2 limits the run to one line.
 */
import { startFakeTalonOne, type FakeTalonOne } from '../../tools/fake-talon-one';
import * as n8n from '../../tools/real-n8n';
import { NOTIFICATIONS_CREDENTIAL, createHomeWithPackage, loadExamples, sandboxCredentials, startSmtpSink, type SmtpSink } from '../../tools/real-n8n';
import { checkFor } from './examples';

const triggerExamples = loadExamples().flatMap(({ file, workflow }) => {
	const check = checkFor(file);
	return check?.kind === 'trigger' ? [{ file, workflow, title: check.title, check: check.check }] : [];
});

const majors = (process.env.N8N_E2E_MAJORS ?? '2,1').split(',').map((m) => m.trim());
const SECRET_HEADER = NOTIFICATIONS_CREDENTIAL.data.headerName;
const SECRET = NOTIFICATIONS_CREDENTIAL.data.secret;
const WEBHOOK_ID = '7a1c0e55-0000-4000-8000-00000000e2e1';

const triggerWorkflow = {
	id: 'tlnE2eTrigger001',
	name: 'Trigger e2e',
	nodes: [
		{
			id: 'trigger-node-e2e',
			name: 'Talon.One Trigger',
			type: 'n8n-nodes-talon-one.talonOneTrigger',
			typeVersion: 1,
			position: [0, 0],
			webhookId: WEBHOOK_ID,
			parameters: { events: ['tierUpgrade', 'couponCreated', 'campaignStateChanged', 'ruleWebhook'], options: {} },
			credentials: { talonOneNotificationsApi: { id: NOTIFICATIONS_CREDENTIAL.id, name: NOTIFICATIONS_CREDENTIAL.name } },
		},
	],
	connections: {},
};

describe.each(majors)('Talon.One Trigger in real n8n %s.x', (major) => {
	let server: FakeTalonOne;
	let smtp: SmtpSink;
	let home: Awaited<ReturnType<typeof createHomeWithPackage>>;
	let editor: n8n.Editor;
	let url: string;
	let seen = 0;

	/** Waits for the next `count` executions of the test workflow and returns their trigger items, oldest first. */
	async function nextExecutions(count: number): Promise<Array<Array<Record<string, any>>>> {
		const all = await n8n.waitForExecutions(editor, triggerWorkflow.id, seen + count);
		const fresh = all.slice(0, all.length - seen).reverse();
		seen = all.length;
		const outputs = await Promise.all(fresh.map((e) => n8n.executionOutput(editor, e.id)));
		for (const output of outputs) expect(output.status).toBe('success');
		return outputs.map((output) => output.nodes['Talon.One Trigger'] as Array<Record<string, any>>);
	}

	/** No execution beyond those already checked (after giving n8n time to save one). */
	async function expectNoNewExecution(): Promise<void> {
		await new Promise((resolve) => setTimeout(resolve, 1500));
		expect(await n8n.executionsOf(editor, triggerWorkflow.id)).toHaveLength(seen);
	}

	beforeAll(async () => {
		server = await startFakeTalonOne({ demo: true });
		smtp = await startSmtpSink();
		home = await createHomeWithPackage(major);
		await n8n.importCredentials(home, sandboxCredentials(server, smtp));
		await n8n.importWorkflow(home, triggerWorkflow);
		for (const { workflow } of triggerExamples) await n8n.importWorkflow(home, workflow);
		editor = await n8n.startEditor(home, { port: 0 });
		await n8n.activateWorkflow(editor, triggerWorkflow.id);
		url = n8n.productionWebhookUrl(editor, WEBHOOK_ID, 'talon-one');
		await n8n.waitForWebhook(editor, url);
		server.notifications.configure({ url, headers: { [SECRET_HEADER]: SECRET }, timeScale: 0.001 });
	});

	afterAll(async () => {
		await editor?.stop();
		await server?.close();
		await smtp?.close();
		home?.cleanup();
	});

	test('a tier upgrade of 3 customers from the fake Talon.One starts one execution with 3 items', async () => {
		const entries = ['c-1', 'c-2', 'c-3'].map((id) => ({ CustomerProfileID: id, CurrentTier: 'Gold', OldTier: 'Silver' }));
		const [record] = await server.notifications.send('tierUpgradeNotification', { entries });
		expect(record).toEqual(expect.objectContaining({ outcome: 'delivered', attempts: [expect.objectContaining({ status: 200 })] }));
		const [items] = await nextExecutions(1);
		expect(items.map((item) => [item.CustomerProfileID, item.CurrentTier, item.OldTier])).toEqual(entries.map((e) => [e.CustomerProfileID, 'Gold', 'Silver']));
		expect(items[2].notification).toEqual(
			expect.objectContaining({ event: 'tierUpgrade', eventName: 'Tier Upgrade', notificationType: 'TierUpgrade', messageId: record.uuid, batchIndex: 2, batchSize: 3 }),
		);
	});

	test('the same message delivered three times (same X-UUID) starts one execution; all three are answered 200', async () => {
		const records = await server.notifications.send('tierUpgradeNotification', { entries: [{ CustomerProfileID: 'dup-1' }], duplicates: 2 });
		expect(records.map((r) => r.attempts.map((a) => a.status))).toEqual([[200], [200], [200]]);
		const [items] = await nextExecutions(1);
		expect(items.map((item) => item.CustomerProfileID)).toEqual(['dup-1']);
		await expectNoNewExecution();
	});

	test('a wrong or missing secret is answered 401 and starts nothing', async () => {
		const body = JSON.stringify({ NotificationType: 'TierUpgrade', TotalResultSize: 1, Data: [{ CustomerProfileID: 'intruder' }] });
		for (const headers of [{ [SECRET_HEADER]: 'wrong-secret-0000000' }, {}]) {
			const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-uuid': `bad-${Object.keys(headers).length}`, ...headers }, body });
			expect(res.status).toBe(401);
			expect(await res.text()).not.toContain(SECRET);
		}
		await expectNoSecretLeak();
		await expectNoNewExecution();
	});

	test('a notification of an event the trigger does not listen to is answered 200 and starts nothing', async () => {
		const [record] = await server.notifications.send('expiringPointsNotification', { entries: [{ CustomerProfileID: 'c-9' }] });
		expect(record.attempts.map((a) => a.status)).toEqual([200]);
		await expectNoNewExecution();
	});

	test('a batch of 1,000 entries becomes 1,000 items in one execution', async () => {
		const entries = Array.from({ length: 1000 }, (_, i) => ({ CustomerProfileID: `bulk-${i}` }));
		await server.notifications.send('tierUpgradeNotification', { entries });
		const [items] = await nextExecutions(1);
		expect(items).toHaveLength(1000);
		expect(items.map((item) => item.CustomerProfileID)).toEqual(entries.map((e) => e.CustomerProfileID));
	}, 120_000);

	test("a campaign switched off in the fake Talon.One's state reaches the workflow as Campaign State Changed", async () => {
		const { notifyChanges, snapshot } = await import('../../tools/fake-talon-one/notifications/watch');
		const before = snapshot(server.state);
		server.state.campaigns.get(1)!.state = 'disabled';
		notifyChanges(before, server.state, server.notifications);
		await server.notifications.idle();
		const [items] = await nextExecutions(1);
		expect(items).toEqual([expect.objectContaining({ oldState: 'enabled', newState: 'disabled', notification: expect.objectContaining({ event: 'campaignStateChanged' }) })]);
	});

	describe('the trigger examples, activated, end to end', () => {
		test('o, p and q are trigger examples', () => {
			expect(triggerExamples.map((e) => e.file)).toEqual(['o-trigger-tier-upgrade.json', 'p-trigger-points-expiring.json', 'q-trigger-coupon-created.json']);
		});

		test.each(triggerExamples)('$file: $title', async ({ workflow, check }) => {
			const trigger = (workflow.nodes as Array<{ type: string; webhookId: string }>).find((node) => node.type === 'n8n-nodes-talon-one.talonOneTrigger')!;
			await n8n.activateWorkflow(editor, String(workflow.id));
			const exampleUrl = n8n.productionWebhookUrl(editor, trigger.webhookId, 'talon-one');
			await n8n.waitForWebhook(editor, exampleUrl);
			server.notifications.configure({ url: exampleUrl, headers: { [SECRET_HEADER]: SECRET }, timeScale: 0.001 });
			smtp.messages.length = 0;
			const waitForMail = async (count: number) => {
				const deadline = Date.now() + 60_000;
				while (smtp.messages.length < count) {
					if (Date.now() > deadline) throw new Error(`${smtp.messages.length} mails arrived, expected ${count}\n${editor.logs().slice(-3000)}`);
					await new Promise((resolve) => setTimeout(resolve, 200));
				}
				return smtp.messages;
			};
			await check({ server, waitForMail });
			const executions = await n8n.executionsOf(editor, String(workflow.id));
			expect(executions.map((e) => e.status)).toEqual(['success']);
		}, 120_000);
	});

	async function expectNoSecretLeak(): Promise<void> {
		expect(editor.logs()).not.toContain(SECRET);
	}
});
