/**
 * Measured client runs: each variant is a worker process (worker.ts), loaded and warmed up once,
 * then timed run by run against the fake Talon.One this process hosts, the variants interleaved.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FakeTalonOne, FaultRule, RateLimitConfig } from '../tools/fake-talon-one';
import type { ChildMessage, ParentMessage, WorkerConfig, WorkerResult } from './protocol';
import { mb, n, s } from './stats';

type Distribute<T> = T extends unknown ? Omit<T, 'url' | 'apiKey' | 'managementKey'> : never;
export type ClientConfig = Distribute<WorkerConfig>;

/** The simulated network latency of B1 and B2. */
export const LATENCY_MS = 20;

export interface Scenario {
	latencyMs: number;
	rateLimit?: RateLimitConfig;
	faults?: FaultRule[];
}

export interface Run extends WorkerResult {
	requests: number;
	status429: number;
	/** Machine-wide TCP listen queue overflows during the run (SYNs dropped: the client retries after 1 s, 3 s, ...). */
	listenOverflows: number;
}

export interface Variant {
	config: ClientConfig;
	scenario: Scenario;
	reps: number;
	/** Reads the server after run number `run` (0-based). */
	inspect?: (server: FakeTalonOne, run: number) => void;
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

function configure(server: FakeTalonOne, scenario?: Scenario): void {
	server.reset();
	server.setLatency(scenario?.latencyMs ?? 0);
	server.setRateLimit(scenario?.rateLimit ?? null);
	server.setFaults(scenario?.faults ?? []);
}

/** A client process: loaded and warmed up (one untimed run at 0 ms latency), then measured run by run. */
class Client {
	private readonly child: ChildProcess;

	readonly ready: Promise<unknown>;

	private readonly exited: Promise<void>;

	constructor(
		private readonly server: FakeTalonOne,
		config: ClientConfig,
	) {
		this.child = fork(workerJs, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, N8N_LOG_LEVEL: 'silent' } });
		this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
		this.ready = nextMessage(this.child, 'ready');
		this.child.send({ type: 'config', config: { ...config, url: server.url, apiKey: server.options.apiKey, managementKey: server.options.managementKey } } as ParentMessage);
	}

	/** Resets the fake server, applies the scenario, times one run; `inspect` reads the server afterwards. */
	async run(scenario: Scenario, inspect?: (server: FakeTalonOne) => void): Promise<Run> {
		configure(this.server, scenario);
		const overflowsBefore = listenOverflows();
		const done = nextMessage(this.child, 'done');
		this.child.send({ type: 'go' } as ParentMessage);
		const result = (await done)!;
		const run: Run = {
			...result,
			listenOverflows: listenOverflows() - overflowsBefore,
			requests: this.server.requests.length,
			status429: this.server.requests.filter((r) => r.status === 429).length,
		};
		inspect?.(this.server);
		configure(this.server);
		return run;
	}

	async stop(): Promise<void> {
		if (this.child.connected) this.child.send({ type: 'exit' } as ParentMessage);
		await this.exited;
	}
}

export function log(line: string): void {
	process.stderr.write(`${line}\n`);
}

/**
 * Starts one client per variant (warm-ups run while the server has no latency and no limit), then
 * runs rounds, rotating the variants' order every round so drift on a shared machine spreads evenly.
 */
export async function interleaved<K extends string>(server: FakeTalonOne, variants: Record<K, Variant>, label: string): Promise<Record<K, Run[]>> {
	const keys = Object.keys(variants) as K[];
	const results = Object.fromEntries(keys.map((k) => [k, [] as Run[]])) as unknown as Record<K, Run[]>;
	configure(server);
	const clients = Object.fromEntries(keys.map((k) => [k, new Client(server, variants[k].config)])) as unknown as Record<K, Client>;
	try {
		await Promise.all(keys.map((k) => clients[k].ready));
		const rounds = Math.max(...keys.map((k) => variants[k].reps));
		for (let round = 0; round < rounds; round++) {
			for (const key of keys.map((_k, i) => keys[(i + round) % keys.length])) {
				const variant = variants[key];
				if (results[key].length >= variant.reps) continue;
				const index = results[key].length;
				const run = await clients[key].run(variant.scenario, variant.inspect && ((srv) => variant.inspect!(srv, index)));
				results[key].push(run);
				log(
					`  ${label} ${key} #${index + 1}: ${s(run.ms)}, ${n(run.requests)} requests, ${n(run.failed)} failed, peak RSS ${mb(run.peakRss)} MB` +
						(run.listenOverflows ? `, ${n(run.listenOverflows)} listen queue overflows` : ''),
				);
			}
		}
	} finally {
		await Promise.all(keys.map((k) => clients[k].stop()));
	}
	return results;
}
