/**
 * `npm run bench`: B1-B4 from the performance issue. This process hosts the fake Talon.One
 * server (127.0.0.1 only); every measured client run is a separate worker process (worker.ts),
 * so its peak memory is its own and no run inherits another's JIT or heap. Variants that are
 * compared are measured in the same bench run, interleaved, and reported as medians.
 *
 *   node bench/.build/bench/run.js            all benchmarks, writes bench/results.json
 *   node bench/.build/bench/run.js B2 B3      a subset (printed only; add --write to write)
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startFakeTalonOne, type FakeTalonOne, type RateLimitConfig } from '../tools/fake-talon-one';
import {
	ROOT,
	median,
	profileUpsertParameters,
	sessionUpdateParameters,
	type ChildMessage,
	type ItemsSpec,
	type ParentMessage,
	type PlainRequest,
	type WorkerConfig,
	type WorkerResult,
} from './common';

// ---- sizes and repetitions (chosen so the whole bench stays well under 5 minutes on 2 cores) ----
const B1_ITEMS = 10_000;
const B1_SEQUENTIAL_SAMPLE = 500;
const B1_REPS = 5;
const B1_SEQUENTIAL_REPS = 3;
const B2_ITEMS = 2_000;
const B2_SESSIONS = 400;
const B2_RATE = 200;
const B2_REPS = 3;
/** Dominated by Retry-After waits (little run-to-run spread), so measured once to save a minute. */
const B2_RETRIES_ONLY_REPS = 1;
const B2_PAR_ITEMS = 400;
const B2_PAR_SESSIONS = 80;
const B2_PAR_REPS = 3;
const B3_ITEMS = 5_000;
const B3_PARALLEL = 8;
const B3_REPS = 5;
const B4_REPS = 9;
const LATENCY_MS = 20;

type Distribute<T> = T extends unknown ? Omit<T, 'url' | 'apiKey'> : never;
type ClientConfig = Distribute<WorkerConfig>;

interface Scenario {
	latencyMs: number;
	rateLimit?: RateLimitConfig;
}

interface Run extends WorkerResult {
	requests: number;
	status429: number;
	/** Machine-wide TCP listen queue overflows during the run (SYNs dropped: the client retries after 1 s, 3 s, ...). */
	listenOverflows: number;
}

/** `TcpExt: ListenOverflows` from /proc/net/netstat (Linux), or 0. */
function listenOverflows(): number {
	try {
		const lines = readFileSync('/proc/net/netstat', 'utf8').split('\n').filter((l) => l.startsWith('TcpExt:'));
		const names = lines[0].split(/\s+/);
		const values = lines[1].split(/\s+/);
		return Number(values[names.indexOf('ListenOverflows')]) || 0;
	} catch {
		return 0;
	}
}

const workerJs = path.join(__dirname, 'worker.js');
let server: FakeTalonOne;

function nextMessage(child: ChildProcess, type: 'ready' | 'done'): Promise<WorkerResult | undefined> {
	return new Promise((resolve, reject) => {
		const onMessage = (message: ChildMessage) => {
			if (message.type === 'error') finish(() => reject(new Error(`worker failed: ${message.message}`)));
			else if (message.type === type) finish(() => resolve(message.type === 'done' ? message.result : undefined));
		};
		const onExit = (code: number | null) => finish(() => reject(new Error(`worker exited (${code}) before "${type}"`)));
		const finish = (settle: () => void) => {
			child.off('message', onMessage);
			child.off('exit', onExit);
			settle();
		};
		child.on('message', onMessage);
		child.on('exit', onExit);
	});
}

function configure(scenario?: Scenario): void {
	server.reset();
	server.setLatency(scenario?.latencyMs ?? 0);
	server.setRateLimit(scenario?.rateLimit ?? null);
}

/** A client process: loaded and warmed up (one untimed run at 0 ms latency), then measured run by run. */
class Worker {
	private readonly child: ChildProcess;
	readonly ready: Promise<unknown>;
	private readonly exited: Promise<void>;

	constructor(config: ClientConfig) {
		this.child = fork(workerJs, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, N8N_LOG_LEVEL: 'silent' } });
		this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
		this.ready = nextMessage(this.child, 'ready');
		this.child.send({ type: 'config', config: { ...config, url: server.url, apiKey: server.options.apiKey } } as ParentMessage);
	}

	/** Resets the fake server, applies the scenario, times one run; `inspect` reads the server afterwards. */
	async run(scenario: Scenario, inspect?: (server: FakeTalonOne) => void): Promise<Run> {
		configure(scenario);
		const overflowsBefore = listenOverflows();
		const done = nextMessage(this.child, 'done');
		this.child.send({ type: 'go' } as ParentMessage);
		const result = (await done)!;
		const run: Run = {
			...result,
			listenOverflows: listenOverflows() - overflowsBefore,
			requests: server.requests.length,
			status429: server.requests.filter((r) => r.status === 429).length,
		};
		inspect?.(server);
		configure();
		return run;
	}

	async stop(): Promise<void> {
		if (this.child.connected) this.child.send({ type: 'exit' } as ParentMessage);
		await this.exited;
	}
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const rss = (v: { peakRssMB: number; rssAfterWarmupMB: number }) => `${v.peakRssMB} MB (${v.rssAfterWarmupMB})`;
const s = (ms: number, digits = 2) => `${(ms / 1000).toFixed(digits)} s`;
const x = (ratio: number) => `${ratio >= 100 ? Math.round(ratio) : ratio.toFixed(ratio >= 10 ? 1 : 2)}x`;
const n = (value: number) => value.toLocaleString('en-US');
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

function summarize(runs: Run[]) {
	return {
		ms: round(median(runs.map((r) => r.ms)), 1),
		runsMs: runs.map((r) => round(r.ms, 1)),
		requests: median(runs.map((r) => r.requests)),
		failed: median(runs.map((r) => r.failed)),
		peakRssMB: mb(median(runs.map((r) => r.peakRss))),
		parametersMs: round(median(runs.map((r) => r.parametersMs)), 1),
		prepareMs: round(median(runs.map((r) => r.prepareMs)), 1),
		/** RSS after loading and the warm-up run, before the first measured run. */
		rssAfterWarmupMB: mb(runs[0].rssBefore),
		listenOverflows: median(runs.map((r) => r.listenOverflows)),
	};
}

function log(line: string): void {
	process.stderr.write(`${line}\n`);
}

/**
 * Starts one worker per variant (warm-ups run while the server has no latency and no limit), then
 * runs rounds, rotating the variants' order every round so drift on a shared machine spreads evenly.
 */
async function interleaved<K extends string>(
	variants: Record<K, { config: ClientConfig; scenario: Scenario; reps: number; inspect?: (server: FakeTalonOne, run: number) => void }>,
	label: string,
): Promise<Record<K, Run[]>> {
	const keys = Object.keys(variants) as K[];
	const results = Object.fromEntries(keys.map((k) => [k, [] as Run[]])) as unknown as Record<K, Run[]>;
	configure();
	const workers = Object.fromEntries(keys.map((k) => [k, new Worker(variants[k].config)])) as unknown as Record<K, Worker>;
	try {
		await Promise.all(keys.map((k) => workers[k].ready));
		const rounds = Math.max(...keys.map((k) => variants[k].reps));
		for (let round = 0; round < rounds; round++) {
			const order = keys.map((_k, i) => keys[(i + round) % keys.length]);
			for (const key of order) {
				const variant = variants[key];
				if (results[key].length >= variant.reps) continue;
				const index = results[key].length;
				const run = await workers[key].run(variant.scenario, variant.inspect && ((srv) => variant.inspect!(srv, index)));
				results[key].push(run);
				log(
					`  ${label} ${key} #${index + 1}: ${s(run.ms)}, ${n(run.requests)} requests, ${n(run.failed)} failed, peak RSS ${mb(run.peakRss)} MB` +
						(run.listenOverflows ? `, ${n(run.listenOverflows)} listen queue overflows` : ''),
				);
			}
		}
	} finally {
		await Promise.all(keys.map((k) => workers[k].stop()));
	}
	return results;
}

// ---------------------------------------------------------------- B1
async function benchB1() {
	log('B1 bulk profile upserts');
	const profiles = (count: number): ItemsSpec => ({ kind: 'profiles', count, prefix: 'p-' });
	// Warm-ups are untimed and run at 0 ms latency: the node's at full size, the plain loops' with 500 requests.
	const warmup: ItemsSpec = { kind: 'profiles', count: 500, prefix: 'warm-' };
	const nodeWarmup: ItemsSpec = { kind: 'profiles', count: B1_ITEMS, prefix: 'warm-' };
	const scenario = { latencyMs: LATENCY_MS };
	const runs = await interleaved(
		{
			node: { config: { variant: 'node', parameters: profileUpsertParameters, items: profiles(B1_ITEMS), warmup: nodeWarmup }, scenario, reps: B1_REPS },
			unbounded: { config: { variant: 'plain', concurrency: null, requests: profiles(B1_ITEMS), warmup }, scenario, reps: B1_REPS },
			sequential: {
				config: { variant: 'plain', concurrency: 1, requests: profiles(B1_SEQUENTIAL_SAMPLE), warmup },
				scenario,
				reps: B1_SEQUENTIAL_REPS,
			},
		},
		'B1',
	);
	const node = summarize(runs.node);
	const unbounded = summarize(runs.unbounded);
	const sequentialSample = summarize(runs.sequential);
	const factor = B1_ITEMS / B1_SEQUENTIAL_SAMPLE;
	const sequential = {
		...sequentialSample,
		extrapolated: true,
		sampleItems: B1_SEQUENTIAL_SAMPLE,
		sampleMs: sequentialSample.ms,
		ms: round(sequentialSample.ms * factor, 1),
		requests: sequentialSample.requests * factor,
	};
	return {
		items: B1_ITEMS,
		latencyMs: LATENCY_MS,
		speedupVsSequential: round(sequential.ms / node.ms, 1),
		speedupVsUnbounded: round(unbounded.ms / node.ms, 2),
		requests: node.requests,
		requestRatio: round(node.requests / B1_ITEMS, 4),
		// Diagnostic, derived: the node's time minus the time n8n-core spent in getNodeParameter (expressions).
		withoutN8nParameterResolution: {
			ms: round(node.ms - node.parametersMs, 1),
			speedupVsSequential: round(sequential.ms / (node.ms - node.parametersMs), 1),
			speedupVsUnbounded: round(unbounded.ms / (node.ms - node.parametersMs), 2),
		},
		node: { description: 'Customer Profile → Update Many, default options (batches of 1000, 5 parallel)', ...node },
		sequential: { description: `one PUT /v2/customer_profiles/{id} per item, one at a time (measured on ${B1_SEQUENTIAL_SAMPLE} items, ×${factor})`, ...sequential },
		unbounded: { description: 'one PUT /v2/customer_profiles/{id} per item, all fired at once', ...unbounded },
	};
}

// ---------------------------------------------------------------- B2
interface Integrity {
	lost: number;
	duplicates: number;
	orderViolations: number;
	sessionsOutOfOrder: number;
}

/** Compares the session writes the server applied with the items (sequence numbers 0..count-1). */
function integrity(srv: FakeTalonOne, count: number): Integrity {
	const applied = new Array<number>(count).fill(0);
	const highest = new Map<string, number>();
	const outOfOrder = new Set<string>();
	let orderViolations = 0;
	for (const write of srv.writes) {
		if (write.operationId !== 'updateCustomerSessionV2') continue;
		const seq = (write.body as { customerSession: { attributes: { seq: number } } }).customerSession.attributes.seq;
		applied[seq]++;
		const before = highest.get(write.entityKey) ?? -1;
		// Applied after a later update of the same session.
		if (seq < before) {
			orderViolations++;
			outOfOrder.add(write.entityKey);
		} else highest.set(write.entityKey, seq);
	}
	return {
		lost: applied.filter((c) => c === 0).length,
		duplicates: applied.filter((c) => c > 1).length,
		orderViolations,
		sessionsOutOfOrder: outOfOrder.size,
	};
}

function worst(list: Integrity[]): Integrity {
	return {
		lost: Math.max(...list.map((i) => i.lost)),
		duplicates: Math.max(...list.map((i) => i.duplicates)),
		orderViolations: Math.max(...list.map((i) => i.orderViolations)),
		sessionsOutOfOrder: Math.max(...list.map((i) => i.sessionsOutOfOrder)),
	};
}

async function benchB2() {
	log('B2 session updates under a rate limit');
	const items: ItemsSpec = { kind: 'sessions', count: B2_ITEMS, sessions: B2_SESSIONS, prefix: 's-' };
	const warmup: ItemsSpec = { kind: 'sessions', count: 500, sessions: 500, prefix: 'warm-' };
	const limited: Scenario = { latencyMs: LATENCY_MS, rateLimit: { perSecond: B2_RATE, retryAfterSeconds: 1 } };
	const checks: Record<'capped' | 'retriesOnly' | 'unbounded', Integrity[]> = { capped: [], retriesOnly: [], unbounded: [] };
	const check = (key: keyof typeof checks) => (srv: FakeTalonOne) => checks[key].push(integrity(srv, B2_ITEMS));
	const nodeConfig = (options: Record<string, number>): ClientConfig => ({
		variant: 'node',
		parameters: { ...sessionUpdateParameters, options },
		items,
		warmup: { ...items, prefix: 'warm-' },
	});
	const runs = await interleaved(
		{
			capped: {
				config: nodeConfig({ maxParallel: 8, maxRequestsPerSecond: B2_RATE }),
				scenario: limited,
				reps: B2_REPS,
				inspect: check('capped'),
			},
			retriesOnly: { config: nodeConfig({ maxParallel: 8 }), scenario: limited, reps: B2_RETRIES_ONLY_REPS, inspect: check('retriesOnly') },
			unbounded: {
				config: { variant: 'plain', concurrency: null, requests: items, warmup },
				scenario: limited,
				reps: B2_REPS,
				inspect: check('unbounded'),
			},
		},
		'B2',
	);
	const floorMs = (B2_ITEMS / B2_RATE) * 1000;
	const describe = (key: keyof typeof checks, description: string) => {
		const summary = summarize(runs[key]);
		return {
			description,
			...summary,
			timeToFloor: round(summary.ms / floorMs, 2),
			responses429: median(runs[key].map((r) => r.status429)),
			...worst(checks[key]),
		};
	};
	const capped = describe('capped', `node, Max Parallel Requests 8, Max Requests per Second ${B2_RATE}, Max Retries 3`);
	const retriesOnly = describe('retriesOnly', 'node, Max Parallel Requests 8, Max Retries 3, no rate option');
	const unbounded = describe('unbounded', 'one request per item, all at once, no retry');

	log('B2 parallel vs sequential without a limit');
	const parItems: ItemsSpec = { kind: 'sessions', count: B2_PAR_ITEMS, sessions: B2_PAR_SESSIONS, prefix: 's-' };
	const parChecks: Integrity[] = [];
	const par = await interleaved(
		{
			parallel8: {
				config: { variant: 'node', parameters: { ...sessionUpdateParameters, options: { maxParallel: 8 } }, items: parItems, warmup: { ...parItems, prefix: 'warm-' } },
				scenario: { latencyMs: LATENCY_MS },
				reps: B2_PAR_REPS,
				inspect: (srv) => parChecks.push(integrity(srv, B2_PAR_ITEMS)),
			},
			sequential: {
				config: { variant: 'node', parameters: { ...sessionUpdateParameters, options: { maxParallel: 1 } }, items: parItems, warmup: { ...parItems, prefix: 'warm-' } },
				scenario: { latencyMs: LATENCY_MS },
				reps: B2_PAR_REPS,
			},
		},
		'B2',
	);
	const parallel8 = summarize(par.parallel8);
	const sequential = summarize(par.sequential);
	return {
		items: B2_ITEMS,
		sessions: B2_SESSIONS,
		latencyMs: LATENCY_MS,
		rateLimitPerSecond: B2_RATE,
		floorMs,
		lost: capped.lost,
		duplicates: capped.duplicates,
		orderViolations: capped.orderViolations,
		timeToFloor: capped.timeToFloor,
		parallelSpeedup: round(sequential.ms / parallel8.ms, 2),
		capped,
		retriesOnly,
		unbounded,
		withoutLimit: {
			items: B2_PAR_ITEMS,
			sessions: B2_PAR_SESSIONS,
			parallel8: { ...parallel8, ...worst(parChecks) },
			sequential,
		},
	};
}

// ---------------------------------------------------------------- B3
async function benchB3() {
	log('B3 per-item overhead at 0 ms latency');
	const tmp = mkdtempSync(path.join(os.tmpdir(), 'talon-one-bench-'));
	const replayFile = path.join(tmp, 'requests.json');
	const items: ItemsSpec = { kind: 'sessions', count: B3_ITEMS, sessions: B3_ITEMS, prefix: 'o-' };
	const warmup: ItemsSpec = { kind: 'sessions', count: 500, sessions: 500, prefix: 'warm-' };
	const scenario = { latencyMs: 0 };
	// The floor replays exactly the requests the node sent (recorded on its first run).
	const record = (srv: FakeTalonOne, index: number) => {
		if (index !== 0) return;
		const requests: PlainRequest[] = srv.requests.map((r) => ({ method: r.method, target: r.rawTarget, body: r.bodyText }));
		writeFileSync(replayFile, JSON.stringify(requests));
	};
	try {
		const runs = await interleaved(
			{
				node: {
					config: { variant: 'node', parameters: { ...sessionUpdateParameters, options: { maxParallel: B3_PARALLEL } }, items, warmup: { ...items, prefix: 'warm-' } },
					scenario,
					reps: B3_REPS,
					inspect: record,
				},
				floor: {
					config: { variant: 'plain', concurrency: B3_PARALLEL, requests: { kind: 'replay', file: replayFile }, warmup },
					scenario,
					reps: B3_REPS,
				},
			},
			'B3',
		);
		const node = summarize(runs.node);
		const floor = summarize(runs.floor);
		return {
			items: B3_ITEMS,
			parallel: B3_PARALLEL,
			ratioToFloor: round(node.ms / floor.ms, 2),
			usPerItemNode: round((node.ms * 1000) / B3_ITEMS, 1),
			usPerItemFloor: round((floor.ms * 1000) / B3_ITEMS, 1),
			// Where the node's time per item goes (medians of the runs).
			usPerItemBreakdown: {
				n8nParameterResolution: round((node.parametersMs * 1000) / B3_ITEMS, 1),
				nodeValidationAndBuild: round(((node.prepareMs - node.parametersMs) * 1000) / B3_ITEMS, 1),
				sendingAndRest: round(((node.ms - node.prepareMs) * 1000) / B3_ITEMS, 1),
			},
			ratioToFloorExcludingParameterResolution: round((node.ms - node.parametersMs) / floor.ms, 2),
			node: { description: `Customer Session → Update, Max Parallel Requests ${B3_PARALLEL}, in n8n-core's WorkflowExecute`, ...node },
			floor: { description: `plain undici loop replaying the node's exact requests, ${B3_PARALLEL} at a time`, ...floor },
		};
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}

// ---------------------------------------------------------------- B4
function requireMs(preloadWorkflow: boolean): number {
	const target = path.join(ROOT, 'dist', 'nodes', 'TalonOne', 'TalonOne.node.js');
	const script = [
		"const { performance } = require('node:perf_hooks');",
		preloadWorkflow ? "require('n8n-workflow');" : '',
		'const start = performance.now();',
		`require(${JSON.stringify(target)});`,
		'process.stdout.write(String(performance.now() - start));',
	].join('\n');
	const result = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`require failed: ${result.stderr}`);
	return Number(result.stdout);
}

function benchB4() {
	log('B4 footprint');
	if (!existsSync(path.join(ROOT, 'dist', 'nodes', 'TalonOne', 'TalonOne.node.js'))) {
		throw new Error('dist/ is missing: run `npm run build` first (npm run bench does)');
	}
	const withPeer: number[] = [];
	const cold: number[] = [];
	for (let i = 0; i < B4_REPS; i++) {
		withPeer.push(requireMs(true));
		cold.push(requireMs(false));
	}
	const pack = spawnSync('npm', ['pack', '--dry-run', '--json'], { cwd: ROOT, encoding: 'utf8' });
	if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
	const [info] = JSON.parse(pack.stdout) as Array<{ size: number; unpackedSize: number; entryCount: number }>;
	return {
		requireMs: round(median(withPeer), 1),
		requireMsRuns: withPeer.map((v) => round(v, 1)),
		requireMsIncludingN8nWorkflow: round(median(cold), 1),
		requireMsIncludingN8nWorkflowRuns: cold.map((v) => round(v, 1)),
		tarballBytes: info.size,
		unpackedBytes: info.unpackedSize,
		files: info.entryCount,
	};
}

// ---------------------------------------------------------------- report
type Results = {
	B1?: Awaited<ReturnType<typeof benchB1>>;
	B2?: Awaited<ReturnType<typeof benchB2>>;
	B3?: Awaited<ReturnType<typeof benchB3>>;
	B4?: ReturnType<typeof benchB4>;
};

function table(results: Results): string {
	const rows: string[][] = [];
	const goals: string[][] = [];
	const goal = (name: string, target: string, measured: string, met: boolean) => goals.push([name, target, measured, met ? 'met' : '**missed**']);
	const { B1, B2, B3, B4 } = results;
	if (B1) {
		rows.push([`B1 ${n(B1.items)} profile upserts, ${B1.latencyMs} ms latency`, 'node: Update Many, defaults (batches of 1000, 5 parallel)', s(B1.node.ms), n(B1.node.requests), rss(B1.node), `of which n8n getNodeParameter (2 expressions per item): ${s(B1.node.parametersMs)}`]);
		rows.push(['', 'one request per item, sequential', `${s(B1.sequential.ms, 1)} *`, n(B1.sequential.requests), rss(B1.sequential), `* extrapolated ×${B1.items / B1.sequential.sampleItems} from ${n(B1.sequential.sampleItems)} items: ${s(B1.sequential.sampleMs)}`]);
		rows.push(['', 'one request per item, unbounded', s(B1.unbounded.ms), n(B1.unbounded.requests), rss(B1.unbounded), [
			B1.unbounded.failed ? `${n(B1.unbounded.failed)} failed` : '',
			`runs: ${B1.unbounded.runsMs.map((ms) => s(ms, 1)).join(', ')}`,
			B1.unbounded.listenOverflows ? `${n(B1.unbounded.listenOverflows)} TCP listen queue overflows (median)` : '',
		].filter(Boolean).join('; ')]);
		goal('B1 speedup vs sequential', '≥ 100x', x(B1.speedupVsSequential), B1.speedupVsSequential >= 100);
		goal('B1 speedup vs unbounded', '≥ 5x', x(B1.speedupVsUnbounded), B1.speedupVsUnbounded >= 5);
		goal('B1 requests', `≤ ${n(B1.items / 100)}`, n(B1.requests), B1.requests <= B1.items / 100);
	}
	if (B2) {
		const integrityNote = (v: Integrity & { responses429: number }) =>
			`lost ${n(v.lost)}, applied twice ${v.duplicates}, order violations ${v.orderViolations}, 429s ${n(v.responses429)}`;
		const head = `B2 ${n(B2.items)} session updates, ${B2.sessions} sessions, limit ${B2.rateLimitPerSecond}/s, ${B2.latencyMs} ms (floor ${s(B2.floorMs, 0)})`;
		rows.push([head, `node: 8 parallel, Max Requests per Second ${B2.rateLimitPerSecond}`, `${s(B2.capped.ms)} (${B2.capped.timeToFloor}x floor)`, n(B2.capped.requests), rss(B2.capped), integrityNote(B2.capped)]);
		rows.push(['', 'node: 8 parallel, retries only', `${s(B2.retriesOnly.ms)} (${B2.retriesOnly.timeToFloor}x floor)`, n(B2.retriesOnly.requests), rss(B2.retriesOnly), integrityNote(B2.retriesOnly)]);
		rows.push(['', 'one request per item, unbounded, no retry', s(B2.unbounded.ms), n(B2.unbounded.requests), rss(B2.unbounded), integrityNote(B2.unbounded)]);
		const w = B2.withoutLimit;
		rows.push([`B2 without limit: ${n(w.items)} updates, ${w.sessions} sessions, ${B2.latencyMs} ms`, 'node: Max Parallel Requests 8', s(w.parallel8.ms), n(w.parallel8.requests), rss(w.parallel8), `order violations ${w.parallel8.orderViolations}; reading and validating all items before the first request (n8n expressions): ${s(w.parallel8.prepareMs)}`]);
		rows.push(['', 'node: Max Parallel Requests 1', s(w.sequential.ms), n(w.sequential.requests), rss(w.sequential), `${(w.sequential.ms / w.items).toFixed(1)} ms per item`]);
		goal('B2 lost / applied twice / order violations (node, capped)', '0 / 0 / 0', `${B2.lost} / ${B2.duplicates} / ${B2.orderViolations}`, B2.lost + B2.duplicates + B2.orderViolations === 0);
		goal('B2 time vs floor (node, capped)', '≤ 1.3x', `${B2.timeToFloor}x`, B2.timeToFloor <= 1.3);
		goal('B2 time vs floor (node, retries only)', '≤ 1.3x', `${B2.retriesOnly.timeToFloor}x`, B2.retriesOnly.timeToFloor <= 1.3);
		goal('B2 lost / applied twice / order violations (node, retries only)', '0 / 0 / 0', `${B2.retriesOnly.lost} / ${B2.retriesOnly.duplicates} / ${B2.retriesOnly.orderViolations}`, B2.retriesOnly.lost + B2.retriesOnly.duplicates + B2.retriesOnly.orderViolations === 0);
		goal('B2 8 parallel vs sequential', '≥ 6x', x(B2.parallelSpeedup), B2.parallelSpeedup >= 6);
	}
	if (B3) {
		const b = B3.usPerItemBreakdown;
		rows.push([`B3 ${n(B3.items)} session updates, 0 ms latency`, `node in n8n-core, ${B3.parallel} parallel`, `${s(B3.node.ms)} (${B3.usPerItemNode} µs/item)`, n(B3.node.requests), rss(B3.node), `per item: n8n getNodeParameter (2 expressions) ${b.n8nParameterResolution} µs, node validation ${b.nodeValidationAndBuild} µs, sending and the rest ${b.sendingAndRest} µs`]);
		rows.push(['', `plain undici loop, same requests, ${B3.parallel} at a time (floor)`, `${s(B3.floor.ms)} (${B3.usPerItemFloor} µs/item)`, n(B3.floor.requests), rss(B3.floor), '']);
		goal('B3 node vs floor', '≤ 1.5x', `${B3.ratioToFloor}x`, B3.ratioToFloor <= 1.5);
	}
	if (B4) {
		rows.push(['B4 footprint', 'require dist/nodes/TalonOne/TalonOne.node.js', `${B4.requireMs} ms`, '', '', `${B4.requireMsIncludingN8nWorkflow} ms when n8n-workflow is not loaded yet`]);
		rows.push(['', 'npm pack tarball', `${(B4.tarballBytes / 1000).toFixed(1)} kB`, '', '', `${B4.files} files, ${(B4.unpackedBytes / 1000).toFixed(1)} kB unpacked`]);
		goal('B4 require time', '< 100 ms', `${B4.requireMs} ms`, B4.requireMs < 100);
		goal('B4 tarball', '< 150 kB', `${(B4.tarballBytes / 1000).toFixed(1)} kB`, B4.tarballBytes < 150_000);
	}
	const md = (header: string[], body: string[][]) =>
		[`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
	return [
		md(['Benchmark', 'Variant', 'Wall time (median)', 'Requests', 'Peak RSS (after warm-up)', 'Notes'], rows),
		'',
		md(['Goal', 'Target', 'Measured', ''], goals),
	].join('\n');
}

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const selected = args.filter((a) => /^B[1-4]$/.test(a));
	const all = selected.length === 0;
	const wanted = (name: string) => all || selected.includes(name);
	const started = performance.now();
	const loadBefore = os.loadavg();
	const results: Results = {};
	server = await startFakeTalonOne({ demo: true, host: '127.0.0.1', recordRequests: true });
	try {
		if (wanted('B1')) results.B1 = await benchB1();
		if (wanted('B2')) results.B2 = await benchB2();
		if (wanted('B3')) results.B3 = await benchB3();
	} finally {
		await server.close();
	}
	if (wanted('B4')) results.B4 = benchB4();
	const elapsedMs = performance.now() - started;
	const cpus = os.cpus();
	const machine = {
		cpus: cpus.length,
		cpuModel: cpus[0]?.model,
		totalMemGiB: round(os.totalmem() / 1024 ** 3, 1),
		node: process.version,
		platform: `${os.platform()} ${os.release()} ${os.arch()}`,
		loadAverageBefore: loadBefore.map((v) => round(v)),
		loadAverageAfter: os.loadavg().map((v) => round(v)),
	};
	const report = table(results);
	process.stdout.write(`\n${report}\n\nBench time ${s(elapsedMs, 0)} (excluding the build), ${machine.cpus} CPUs, ${machine.totalMemGiB} GiB, Node ${machine.node}, load ${machine.loadAverageBefore.join(' ')} → ${machine.loadAverageAfter.join(' ')}\n`);
	if (all || args.includes('--write')) {
		const out = { date: new Date().toISOString(), machine, benchSeconds: round(elapsedMs / 1000, 1), ...results, table: report };
		writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(out, null, 2)}\n`);
		process.stdout.write('Wrote bench/results.json\n');
	}
}

main().catch((error: unknown) => {
	process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
	process.exit(1);
});
