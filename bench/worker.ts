/**
 * One measured client run in its own process: the Talon.One node in n8n-core's real
 * `WorkflowExecute` (through the test harness), or a plain undici loop. Protocol with run.ts:
 * parent sends `config`; the worker loads, warms up (one untimed run), answers `ready`; then for
 * every `go` (the parent resets the fake server before each) it runs once and answers `done` with
 * its timing and memory; `exit` ends it.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Agent, request } from 'undici';
import type { IDataObject } from 'n8n-workflow';
import { makeItems, makePlainRequests, type PlainRequest } from './items';
import type { ChildMessage, ParentMessage, WorkerConfig, WorkerResult } from './protocol';

type Runner = () => Promise<{ items: number; failed: number }>;
/** `prepare` builds the input (untimed) and returns the run to time. */
type Runners = { warmup: Runner; prepare: () => Runner };

function send(message: ChildMessage): Promise<void> {
	return new Promise((resolve) => process.send?.(message, undefined, {}, () => resolve()));
}

/**
 * Where the node's time goes, measured by wrapping two functions (costs well under 1 µs per item):
 * n8n-core's parameter resolution (`getNodeParameter`, which evaluates the expressions) and the node's
 * per-item preparation (`prepareItem`: reading parameters, validation, building the request part).
 */
const breakdown = { parametersMs: 0, prepareMs: 0 };

function timed<F extends (...args: never[]) => unknown>(original: F, key: keyof typeof breakdown): F {
	return function (this: unknown, ...args: Parameters<F>) {
		const start = performance.now();
		try {
			return original.apply(this, args);
		} finally {
			breakdown[key] += performance.now() - start;
		}
	} as F;
}

function instrument(core: typeof import('n8n-core'), prepare: typeof import('../nodes/TalonOne/execute/prepare')): void {
	const context = core.ExecuteContext.prototype as unknown as { _getNodeParameter: (...args: never[]) => unknown };
	context._getNodeParameter = timed(context._getNodeParameter, 'parametersMs');
	(prepare as { prepareItem: typeof prepare.prepareItem }).prepareItem = timed(prepare.prepareItem, 'prepareMs');
}

async function nodeRunner(config: Extract<WorkerConfig, { variant: 'node' }>): Promise<Runners> {
	// The harness sets up n8n-core's environment (N8N_USER_FOLDER, encryption key, log level, expression engine).
	const { runNode } = await import('../tools/n8n-harness');
	const { TalonOne } = await import('../nodes/TalonOne/TalonOne.node');
	instrument(await import('n8n-core'), await import('../nodes/TalonOne/execute/prepare'));
	const credentials = {
		talonOneApi: {
			baseUrl: `${config.url}/`,
			allowUnauthorizedCerts: false,
			authentication: 'apiKey',
			apiKey: config.apiKey,
			managementAuth: 'managementKey',
			managementKey: config.managementKey,
		},
	};
	const runner = (inputItems: IDataObject[]): Runner => async () => {
		const result = await runNode({ nodeType: new TalonOne(), parameters: config.parameters, credentials, inputItems, continueOnFail: true });
		if (result.error) throw new Error(`node failed: ${result.error.message}`);
		return { items: result.items.length, failed: result.items.filter((item) => item.json.error !== undefined).length };
	};
	return { warmup: runner(makeItems(config.warmup)), prepare: () => runner(makeItems(config.items)) };
}

function plainRunner(config: Extract<WorkerConfig, { variant: 'plain' }>): Runners {
	// undici's default Agent: keep-alive, no limit on connections per origin.
	const dispatcher = new Agent();
	const headers = { accept: 'application/json', 'content-type': 'application/json', authorization: `ApiKey-v1 ${config.apiKey}` };
	const runner = (requests: PlainRequest[]): Runner => async () => {
		let failed = 0;
		const one = async (req: PlainRequest) => {
			try {
				const response = await request(`${config.url}${req.target}`, { method: req.method as 'PUT', headers, body: req.body, dispatcher });
				const text = await response.body.text();
				if (text.trim() !== '') JSON.parse(text);
				if (response.statusCode < 200 || response.statusCode >= 300) failed++;
			} catch {
				failed++;
			}
		};
		if (config.concurrency === null) {
			await Promise.all(requests.map(one));
		} else {
			let next = 0;
			const lane = async () => {
				while (next < requests.length) await one(requests[next++]);
			};
			await Promise.all(Array.from({ length: config.concurrency }, lane));
		}
		return { items: requests.length, failed };
	};
	const source = config.requests;
	// Built before every timed run; a replay file is written after the worker started.
	const prepare = () =>
		runner(source.kind === 'replay' ? (JSON.parse(readFileSync(source.file, 'utf8')) as PlainRequest[]) : makePlainRequests(source));
	return { warmup: runner(makePlainRequests(config.warmup)), prepare };
}

async function main(config: WorkerConfig): Promise<void> {
	const { warmup, prepare } = config.variant === 'node' ? await nodeRunner(config) : plainRunner(config);
	await warmup();
	process.on('message', (message: ParentMessage) => {
		if (message.type === 'go') void measured(prepare());
		// Exit explicitly: keep-alive sockets would otherwise hold the process open.
		if (message.type === 'exit') process.exit(0);
	});
	await send({ type: 'ready' });
}

async function measured(run: Runner): Promise<void> {
	try {
		const rssBefore = process.memoryUsage().rss;
		breakdown.parametersMs = 0;
		breakdown.prepareMs = 0;
		const start = performance.now();
		const { items, failed } = await run();
		const ms = performance.now() - start;
		const result: WorkerResult = { ms, rssBefore, peakRss: process.resourceUsage().maxRSS * 1024, items, failed, ...breakdown };
		await send({ type: 'done', result });
	} catch (error) {
		await fail(error);
	}
}

async function fail(error: unknown): Promise<void> {
	await send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	process.exit(1);
}

process.once('message', (message: ParentMessage) => {
	if (message.type === 'config') main(message.config).catch(fail);
});
