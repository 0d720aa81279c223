/**
 * B5: one Customer Profile → Update per item at 20 ms latency, with nothing configured (Auto),
 * against a plain unbounded loop (what n8n's HTTP Request node does) and the former default of 5
 * fixed parallel requests; without a server limit, and under limits of 200/s and 50/s.
 */
import type { FakeTalonOne } from '../tools/fake-talon-one';
import { interleaved, LATENCY_MS, log, type ClientConfig, type Run, type Scenario } from './clients';
import { integrity, integrityNote, worst, type Integrity } from './integrity';
import { profileUpdateParameters, type ItemsSpec } from './items';
import { median, n, round, rss, s, summarize, x, type Report } from './stats';
import { AUTO_PARALLEL } from '../nodes/TalonOne/execute/concurrency';

/** Each case: items, how many profiles they update (several updates each, so order can be checked), runs per variant. */
const CASES = [
	{ name: 'none', limit: undefined, items: 2_000, profiles: 500, reps: 3 },
	{ name: '200/s', limit: 200, items: 2_000, profiles: 500, reps: 1 },
	{ name: '50/s', limit: 50, items: 500, profiles: 125, reps: 1 },
] as const;

type Key = 'auto' | 'unbounded' | 'fixed5';

const DESCRIPTIONS: Record<Key, string> = {
	auto: 'node, Options as they are (Auto)',
	unbounded: 'plain loop, every request at once, no retry (like the HTTP Request node)',
	fixed5: 'node, Parallel Requests Fixed, 5 (the former default)',
};

function configs(items: ItemsSpec): Record<Key, ClientConfig> {
	const warmup: ItemsSpec = { ...items, prefix: 'warm-' };
	const node = (options: Record<string, string | number>): ClientConfig => ({ variant: 'node', parameters: { ...profileUpdateParameters, options }, items, warmup });
	return {
		auto: node({}),
		unbounded: { variant: 'plain', concurrency: null, requests: items, warmup: { ...items, count: 500, prefix: 'warm-' } },
		fixed5: node({ parallelMode: 'fixed', maxParallel: 5 }),
	};
}

async function measureCase(server: FakeTalonOne, c: (typeof CASES)[number]) {
	log(`B5 ${n(c.items)} profile updates, server limit ${c.name}`);
	const items: ItemsSpec = { kind: 'profileUpdates', count: c.items, profiles: c.profiles, prefix: 'p-' };
	const scenario: Scenario = { latencyMs: LATENCY_MS, ...(c.limit ? { rateLimit: { perSecond: c.limit, retryAfterSeconds: 1 } } : {}) };
	const checks: Record<Key, Integrity[]> = { auto: [], unbounded: [], fixed5: [] };
	const config = configs(items);
	const variant = (key: Key) => ({
		config: config[key],
		scenario,
		reps: c.reps,
		inspect: (srv: FakeTalonOne) => checks[key].push(integrity(srv, 'updateCustomerProfileV2', c.items)),
	});
	const runs = await interleaved(server, { auto: variant('auto'), unbounded: variant('unbounded'), fixed5: variant('fixed5') }, `B5 ${c.name}`);
	// With a limit, no client can be faster than items / limit; without one, Auto's cap of parallel requests at this latency.
	const floorMs = c.limit ? (c.items / c.limit) * 1000 : (c.items / AUTO_PARALLEL.max) * LATENCY_MS;
	const describe = (key: Key) => {
		const summary = summarize(runs[key]);
		const responses429 = median(runs[key].map((r: Run) => r.status429));
		return {
			description: DESCRIPTIONS[key],
			...summary,
			timeToFloor: round(summary.ms / floorMs, 2),
			responses429,
			share429: round(responses429 / summary.requests, 4),
			...worst(checks[key]),
		};
	};
	return { serverLimit: c.name, items: c.items, profiles: c.profiles, floorMs, auto: describe('auto'), unbounded: describe('unbounded'), fixed5: describe('fixed5') };
}

export async function measure(server: FakeTalonOne) {
	const cases = [];
	for (const c of CASES) cases.push(await measureCase(server, c));
	const [none, limit200, limit50] = cases;
	return {
		latencyMs: LATENCY_MS,
		autoVsFixed5WithoutLimit: round(none.fixed5.ms / none.auto.ms, 2),
		autoVsUnboundedWithoutLimit: round(none.unbounded.ms / none.auto.ms, 2),
		autoTimeToFloorAt200: limit200.auto.timeToFloor,
		autoTimeToFloorAt50: limit50.auto.timeToFloor,
		autoShare429At50: limit50.auto.share429,
		withoutLimit: none,
		limit200,
		limit50,
	};
}

export function report(B5: Awaited<ReturnType<typeof measure>>, r: Report): void {
	for (const c of [B5.withoutLimit, B5.limit200, B5.limit50]) {
		const head = `B5 ${n(c.items)} profile updates (${c.profiles} profiles), ${B5.latencyMs} ms, server limit ${c.serverLimit} (floor ${s(c.floorMs)})`;
		(['auto', 'fixed5', 'unbounded'] as const).forEach((key, i) => {
			const v = c[key];
			r.row(i === 0 ? head : '', v.description, `${s(v.ms)} (${v.timeToFloor}x floor)`, n(v.requests), rss(v), `${integrityNote(v)}; failed items ${n(v.failed)}`);
		});
	}
	const clean = (v: Integrity) => v.lost + v.duplicates + v.orderViolations === 0;
	const autos = [B5.withoutLimit.auto, B5.limit200.auto, B5.limit50.auto];
	r.goal('B5 Auto lost / applied twice / order violations (all limits)', '0 / 0 / 0', autos.map((v) => `${v.lost}/${v.duplicates}/${v.orderViolations}`).join(', '), autos.every(clean));
	r.goal('B5 no limit: Auto vs Fixed 5', '≥ 3x faster', x(B5.autoVsFixed5WithoutLimit), B5.autoVsFixed5WithoutLimit >= 3);
	r.goal('B5 200/s, nothing configured: time vs floor', '≤ 1.3x', `${B5.autoTimeToFloorAt200}x`, B5.autoTimeToFloorAt200 <= 1.3);
	r.goal('B5 50/s, nothing configured: time vs floor', '≤ 1.3x', `${B5.autoTimeToFloorAt50}x`, B5.autoTimeToFloorAt50 <= 1.3);
	r.goal('B5 50/s, nothing configured: 429s', '< 5% of requests', `${round(B5.autoShare429At50 * 100, 1)}%`, B5.autoShare429At50 < 0.05);
}
