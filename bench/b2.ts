/** B2: session updates under a rate limit (nothing lost, doubled or reordered; time against the floor), and parallel against sequential without one. */
import type { FakeTalonOne } from '../tools/fake-talon-one';
import { interleaved, LATENCY_MS, log, type ClientConfig, type Run, type Scenario } from './clients';
import { sessionUpdateParameters, type ItemsSpec } from './items';
import { integrity, integrityNote, worst, type Integrity } from './integrity';
import { median, n, round, rss, s, summarize, x, type Report } from './stats';

const ITEMS = 2_000;
const SESSIONS = 400;
const RATE = 200;
const REPS = 3;
/** Dominated by Retry-After waits (little run-to-run spread), so measured once to save a minute. */
const RETRIES_ONLY_REPS = 1;
const PAR_ITEMS = 400;
const PAR_SESSIONS = 80;
const PAR_REPS = 3;

const nodeConfig = (items: ItemsSpec, options: Record<string, number>): ClientConfig => ({
	variant: 'node',
	parameters: { ...sessionUpdateParameters, options },
	items,
	warmup: { ...items, prefix: 'warm-' },
});

async function underRateLimit(server: FakeTalonOne) {
	log('B2 session updates under a rate limit');
	const items: ItemsSpec = { kind: 'sessions', count: ITEMS, sessions: SESSIONS, prefix: 's-' };
	const warmup: ItemsSpec = { kind: 'sessions', count: 500, sessions: 500, prefix: 'warm-' };
	const scenario: Scenario = { latencyMs: LATENCY_MS, rateLimit: { perSecond: RATE, retryAfterSeconds: 1 } };
	const checks: Record<'capped' | 'retriesOnly' | 'unbounded', Integrity[]> = { capped: [], retriesOnly: [], unbounded: [] };
	const inspect = (key: keyof typeof checks) => (srv: FakeTalonOne) => checks[key].push(integrity(srv, 'updateCustomerSessionV2', ITEMS));
	const runs = await interleaved(
		server,
		{
			capped: { config: nodeConfig(items, { maxParallel: 8, maxRequestsPerSecond: RATE }), scenario, reps: REPS, inspect: inspect('capped') },
			retriesOnly: { config: nodeConfig(items, { maxParallel: 8 }), scenario, reps: RETRIES_ONLY_REPS, inspect: inspect('retriesOnly') },
			unbounded: { config: { variant: 'plain', concurrency: null, requests: items, warmup }, scenario, reps: REPS, inspect: inspect('unbounded') },
		},
		'B2',
	);
	const floorMs = (ITEMS / RATE) * 1000;
	const describe = (key: keyof typeof checks, description: string) => {
		const summary = summarize(runs[key]);
		const responses429 = median(runs[key].map((r: Run) => r.status429));
		return { description, ...summary, timeToFloor: round(summary.ms / floorMs, 2), responses429, ...worst(checks[key]) };
	};
	return {
		floorMs,
		capped: describe('capped', `node, Max Parallel Requests 8, Max Requests per Second ${RATE}, Max Retries 3`),
		retriesOnly: describe('retriesOnly', 'node, Max Parallel Requests 8, Max Retries 3, no rate option'),
		unbounded: describe('unbounded', 'one request per item, all at once, no retry'),
	};
}

async function withoutLimit(server: FakeTalonOne) {
	log('B2 parallel vs sequential without a limit');
	const items: ItemsSpec = { kind: 'sessions', count: PAR_ITEMS, sessions: PAR_SESSIONS, prefix: 's-' };
	const checks: Integrity[] = [];
	const scenario = { latencyMs: LATENCY_MS };
	const runs = await interleaved(
		server,
		{
			parallel8: { config: nodeConfig(items, { maxParallel: 8 }), scenario, reps: PAR_REPS, inspect: (srv) => checks.push(integrity(srv, 'updateCustomerSessionV2', PAR_ITEMS)) },
			sequential: { config: nodeConfig(items, { maxParallel: 1 }), scenario, reps: PAR_REPS },
		},
		'B2',
	);
	return { items: PAR_ITEMS, sessions: PAR_SESSIONS, parallel8: { ...summarize(runs.parallel8), ...worst(checks) }, sequential: summarize(runs.sequential) };
}

export async function measure(server: FakeTalonOne) {
	const { floorMs, capped, retriesOnly, unbounded } = await underRateLimit(server);
	const free = await withoutLimit(server);
	return {
		items: ITEMS,
		sessions: SESSIONS,
		latencyMs: LATENCY_MS,
		rateLimitPerSecond: RATE,
		floorMs,
		lost: capped.lost,
		duplicates: capped.duplicates,
		orderViolations: capped.orderViolations,
		timeToFloor: capped.timeToFloor,
		parallelSpeedup: round(free.sequential.ms / free.parallel8.ms, 2),
		capped,
		retriesOnly,
		unbounded,
		withoutLimit: free,
	};
}

export function report(B2: Awaited<ReturnType<typeof measure>>, r: Report): void {
	const head = `B2 ${n(B2.items)} session updates, ${B2.sessions} sessions, limit ${B2.rateLimitPerSecond}/s, ${B2.latencyMs} ms (floor ${s(B2.floorMs, 0)})`;
	r.row(head, `node: 8 parallel, Max Requests per Second ${B2.rateLimitPerSecond}`, `${s(B2.capped.ms)} (${B2.capped.timeToFloor}x floor)`, n(B2.capped.requests), rss(B2.capped), integrityNote(B2.capped));
	r.row('', 'node: 8 parallel, retries only', `${s(B2.retriesOnly.ms)} (${B2.retriesOnly.timeToFloor}x floor)`, n(B2.retriesOnly.requests), rss(B2.retriesOnly), integrityNote(B2.retriesOnly));
	r.row('', 'one request per item, unbounded, no retry', s(B2.unbounded.ms), n(B2.unbounded.requests), rss(B2.unbounded), integrityNote(B2.unbounded));
	const w = B2.withoutLimit;
	r.row(`B2 without limit: ${n(w.items)} updates, ${w.sessions} sessions, ${B2.latencyMs} ms`, 'node: Max Parallel Requests 8', s(w.parallel8.ms), n(w.parallel8.requests), rss(w.parallel8), `order violations ${w.parallel8.orderViolations}; reading and validating all items before the first request (n8n expressions): ${s(w.parallel8.prepareMs)}`);
	r.row('', 'node: Max Parallel Requests 1', s(w.sequential.ms), n(w.sequential.requests), rss(w.sequential), `${(w.sequential.ms / w.items).toFixed(1)} ms per item`);
	const clean = (v: Pick<Integrity, 'lost' | 'duplicates' | 'orderViolations'>) => v.lost + v.duplicates + v.orderViolations === 0;
	r.goal('B2 lost / applied twice / order violations (node, capped)', '0 / 0 / 0', `${B2.lost} / ${B2.duplicates} / ${B2.orderViolations}`, clean(B2));
	r.goal('B2 time vs floor (node, capped)', '≤ 1.3x', `${B2.timeToFloor}x`, B2.timeToFloor <= 1.3);
	r.goal('B2 time vs floor (node, retries only)', '≤ 1.3x', `${B2.retriesOnly.timeToFloor}x`, B2.retriesOnly.timeToFloor <= 1.3);
	const ro = B2.retriesOnly;
	r.goal('B2 lost / applied twice / order violations (node, retries only)', '0 / 0 / 0', `${ro.lost} / ${ro.duplicates} / ${ro.orderViolations}`, clean(ro));
	r.goal('B2 8 parallel vs sequential', '≥ 6x', x(B2.parallelSpeedup), B2.parallelSpeedup >= 6);
}
