/**
 * `npm run bench:trigger`: the Talon.One Trigger in real n8n 2.x (`n8n start`, workflows
 * activated), side by side with n8n's own Webhook node (header auth with the same secret) in the
 * same run, interleaved:
 *  - deliveries per second: CONCURRENCY senders post one-entry tier upgrades from the fake
 *    Talon.One until DELIVERIES are answered; then until every execution has finished;
 *  - send → workflow start: one delivery at a time, the send time against the execution's
 *    `startedAt` (same machine clock);
 *  - the de-duplication window's memory when full (10,000 ids), in this process.
 * Writes the figures under `trigger` in bench/results.json.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DedupWindow } from '../nodes/TalonOneTrigger/dedup';
import { MAX_REMEMBERED_IDS } from '../nodes/TalonOneTrigger/webhook';
import { run } from '../tools/cliEntry';
import { startFakeTalonOne, type FakeTalonOne } from '../tools/fake-talon-one';
import * as n8n from '../tools/real-n8n';
import { NOTIFICATIONS_CREDENTIAL } from '../tools/real-n8n';
import { REPO_ROOT } from '../tools/repoRoot';
import { median, round } from './stats';

const DELIVERIES = Number(process.env.BENCH_TRIGGER_DELIVERIES || 300);
const CONCURRENCY = 8;
const LATENCY_SAMPLES = 30;
const ROUNDS = 3;
const SECRET_HEADER = NOTIFICATIONS_CREDENTIAL.data.headerName;
const SECRET = NOTIFICATIONS_CREDENTIAL.data.secret;

const TRIGGER_ID = '7a1c0e55-0000-4000-8000-0000000be001';
const WEBHOOK_PATH = '7a1c0e55-0000-4000-8000-0000000be002';

const workflows = [
	{
		id: 'tlnBenchTrigger1',
		name: 'Bench: Talon.One Trigger',
		nodes: [
			{
				id: 'trigger',
				name: 'Talon.One Trigger',
				type: 'n8n-nodes-talon-one.talonOneTrigger',
				typeVersion: 1,
				position: [0, 0],
				webhookId: TRIGGER_ID,
				parameters: { events: ['tierUpgrade'], options: {} },
				credentials: { talonOneNotificationsApi: { id: NOTIFICATIONS_CREDENTIAL.id, name: NOTIFICATIONS_CREDENTIAL.name } },
			},
		],
		connections: {},
	},
	{
		id: 'tlnBenchWebhook1',
		name: "Bench: n8n's Webhook node",
		nodes: [
			{
				id: 'webhook',
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: WEBHOOK_PATH,
				parameters: { httpMethod: 'POST', path: WEBHOOK_PATH, authentication: 'headerAuth', responseMode: 'onReceived', options: {} },
				credentials: { httpHeaderAuth: { id: 'BenchHeaderAuth1', name: 'Bench Header Auth' } },
			},
		],
		connections: {},
	},
];

interface Variant {
	name: 'trigger' | 'webhook';
	workflowId: string;
	url: string;
}

async function executionCount(editor: n8n.Editor, workflowId: string): Promise<number> {
	const filter = encodeURIComponent(JSON.stringify({ workflowId, status: ['success'] }));
	const res = await n8n.rest(editor, 'GET', `/rest/executions?filter=${filter}&limit=1`);
	if (res.status !== 200 || typeof res.json?.data?.count !== 'number') throw new Error(`GET executions: ${res.status} ${res.text.slice(0, 300)}`);
	return res.json.data.count as number;
}

async function waitForCount(editor: n8n.Editor, workflowId: string, count: number): Promise<void> {
	const deadline = Date.now() + 300_000;
	while ((await executionCount(editor, workflowId)) < count) {
		if (Date.now() > deadline) throw new Error(`${workflowId}: fewer than ${count} executions after 5 minutes`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/** DELIVERIES one-entry messages from CONCURRENCY senders: answered per second, and executions finished per second. */
async function throughput(server: FakeTalonOne, editor: n8n.Editor, variant: Variant) {
	server.notifications.configure({ url: variant.url, headers: { [SECRET_HEADER]: SECRET } });
	const before = await executionCount(editor, variant.workflowId);
	let next = 0;
	let failed = 0;
	const start = performance.now();
	await Promise.all(
		Array.from({ length: CONCURRENCY }, async () => {
			while (next < DELIVERIES) {
				next++;
				const [record] = await server.notifications.send('tierUpgradeNotification', { entries: [{ CustomerProfileID: `bench-${next}` }] });
				if (record.outcome !== 'delivered' || record.attempts.length !== 1) failed++;
			}
		}),
	);
	const answeredMs = performance.now() - start;
	await waitForCount(editor, variant.workflowId, before + DELIVERIES);
	const finishedMs = performance.now() - start;
	return { answeredPerS: round(DELIVERIES / (answeredMs / 1000), 1), finishedPerS: round(DELIVERIES / (finishedMs / 1000), 1), failed };
}

/** One delivery at a time: ms from the send to the execution's start, as n8n records it. */
async function latency(server: FakeTalonOne, editor: n8n.Editor, variant: Variant) {
	server.notifications.configure({ url: variant.url, headers: { [SECRET_HEADER]: SECRET } });
	const before = await executionCount(editor, variant.workflowId);
	const sentAt: number[] = [];
	for (let i = 0; i < LATENCY_SAMPLES; i++) {
		sentAt.push(Date.now());
		await server.notifications.send('tierUpgradeNotification', { entries: [{ CustomerProfileID: `latency-${i}` }] });
		await waitForCount(editor, variant.workflowId, before + i + 1);
	}
	const executions = (await n8n.executionsOf(editor, variant.workflowId)).slice(0, LATENCY_SAMPLES).reverse();
	const ms = executions.map((e, i) => Date.parse(e.startedAt!) - sentAt[i]);
	const sorted = [...ms].sort((a, b) => a - b);
	return { medianMs: round(median(ms), 1), p95Ms: sorted[Math.floor(sorted.length * 0.95)] };
}

/** Heap held by a full de-duplication window (10,000 X-UUIDs offered twice over), after garbage collection. */
function dedupMemory() {
	const gc = (globalThis as { gc?: () => void }).gc;
	if (!gc) throw new Error('run with node --expose-gc (npm run bench:trigger does)');
	gc();
	const before = process.memoryUsage().heapUsed;
	const window = new DedupWindow({ windowMs: 15 * 60_000, maxIds: MAX_REMEMBERED_IDS });
	for (let i = 0; i < MAX_REMEMBERED_IDS * 2; i++) window.seenBefore(randomUUID(), i);
	gc();
	const bytes = process.memoryUsage().heapUsed - before;
	return { ids: window.size, offeredIds: MAX_REMEMBERED_IDS * 2, heapMB: round(bytes / 1024 / 1024, 2), bytesPerId: Math.round(bytes / window.size) };
}

async function main(): Promise<void> {
	const started = performance.now();
	const dedup = dedupMemory();
	const server = await startFakeTalonOne({ host: '127.0.0.1', recordRequests: false });
	const home = await n8n.createHomeWithPackage(2);
	const editorEnv = { EXECUTIONS_DATA_PRUNE: 'false', N8N_LOG_LEVEL: 'warn' };
	let editor: n8n.Editor | undefined;
	try {
		await n8n.importCredentials(home, [
			NOTIFICATIONS_CREDENTIAL,
			{ id: 'BenchHeaderAuth1', name: 'Bench Header Auth', type: 'httpHeaderAuth', data: { name: SECRET_HEADER, value: SECRET } },
		]);
		for (const workflow of workflows) await n8n.importWorkflow(home, workflow);
		editor = await n8n.startEditor(home, { port: 0, env: editorEnv });
		const variants: Variant[] = [
			{ name: 'trigger', workflowId: workflows[0].id, url: n8n.productionWebhookUrl(editor, TRIGGER_ID, 'talon-one') },
			{ name: 'webhook', workflowId: workflows[1].id, url: `${editor.url}/webhook/${WEBHOOK_PATH}` },
		];
		for (const variant of variants) {
			await n8n.activateWorkflow(editor, variant.workflowId);
			await n8n.waitForWebhook(editor, variant.url);
		}
		const runs: Record<string, { throughput: Array<Awaited<ReturnType<typeof throughput>>>; latency: Array<Awaited<ReturnType<typeof latency>>> }> = {
			trigger: { throughput: [], latency: [] },
			webhook: { throughput: [], latency: [] },
		};
		for (let round_ = 0; round_ < ROUNDS; round_++) {
			for (const variant of round_ % 2 ? [...variants].reverse() : variants) {
				runs[variant.name].throughput.push(await throughput(server, editor, variant));
				runs[variant.name].latency.push(await latency(server, editor, variant));
				process.stderr.write(`round ${round_ + 1} ${variant.name}: ${JSON.stringify(runs[variant.name].throughput.at(-1))} ${JSON.stringify(runs[variant.name].latency.at(-1))}\n`);
			}
		}
		const summary = (name: string) => ({
			answeredPerS: median(runs[name].throughput.map((r) => r.answeredPerS)),
			finishedPerS: median(runs[name].throughput.map((r) => r.finishedPerS)),
			failedDeliveries: runs[name].throughput.reduce((sum, r) => sum + r.failed, 0),
			startLatencyMedianMs: median(runs[name].latency.map((r) => r.medianMs)),
			startLatencyP95Ms: median(runs[name].latency.map((r) => r.p95Ms)),
			runs: runs[name],
		});
		const results = {
			date: new Date().toISOString(),
			n8n: '2.41.1',
			machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, loadAverage: os.loadavg().map((l) => round(l, 2)) },
			setup: { deliveries: DELIVERIES, concurrency: CONCURRENCY, latencySamples: LATENCY_SAMPLES, rounds: ROUNDS, entriesPerDelivery: 1 },
			talonOneTrigger: summary('trigger'),
			n8nWebhookNode: summary('webhook'),
			dedupWindow: dedup,
			benchSeconds: round((performance.now() - started) / 1000, 0),
		};
		const file = path.join(REPO_ROOT, 'bench', 'results.json');
		const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
		writeFileSync(file, `${JSON.stringify({ ...all, trigger: results }, null, 2)}\n`);
		const { runs: _t, ...trigger } = results.talonOneTrigger;
		const { runs: _w, ...webhook } = results.n8nWebhookNode;
		process.stdout.write(`${JSON.stringify({ trigger, webhook, dedup }, null, 2)}\nWrote bench/results.json (trigger)\n`);
	} finally {
		await editor?.stop();
		await server.close();
		home.cleanup();
	}
}

run(main);
