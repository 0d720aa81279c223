/**
 * B7: Talon.One's Management API limit of 3 requests per second per endpoint. One Coupon → Create
 * per item (a personal coupon for each of 500 customers) with nothing configured, against the fake
 * Talon.One, which answers 429 to a fourth request to an endpoint within its one-second window; then
 * 150 customers while 1 in 10 attempts is answered 503, so retries take turns too.
 */
import type { FakeTalonOne, RecordedRequest } from '../tools/fake-talon-one';
import { interleaved, LATENCY_MS, log, type Scenario } from './clients';
import { couponCreateParameters, type ItemsSpec } from './items';
import { n, round, rss, s, summarize, type Report } from './stats';

const PER_SECOND = 3;
const OPERATION = 'createCoupons';

const CASES = {
	clean: { items: 500, faults: undefined, description: 'Coupon → Create, one personal coupon per item, Options as they are' },
	with503: {
		items: 150,
		faults: [{ kind: 'status', status: 503, fraction: 0.1, times: Infinity, match: { operationId: OPERATION } }],
		description: 'the same while 1 in 10 attempts gets 503 (retried)',
	},
} as const satisfies Record<string, { items: number; faults: Scenario['faults']; description: string }>;

type Key = keyof typeof CASES;

/** The most requests that arrived within any 1,000 ms, per endpoint (operation), and the highest of them. */
export function peakPerSecond(requests: readonly RecordedRequest[]): number {
	const byEndpoint = new Map<string, number[]>();
	for (const r of requests) {
		const key = `${r.method} ${r.operationId ?? r.path}`;
		const times = byEndpoint.get(key);
		if (times) times.push(r.receivedAt);
		else byEndpoint.set(key, [r.receivedAt]);
	}
	let peak = 0;
	for (const times of byEndpoint.values()) {
		times.sort((a, b) => a - b);
		let first = 0;
		for (let last = 0; last < times.length; last++) {
			while (times[last] - times[first] >= 1000) first++;
			peak = Math.max(peak, last - first + 1);
		}
	}
	return peak;
}

/** Recipients the items name (`c-0` ... ), against the coupons the server holds for them. */
function coupons(srv: FakeTalonOne, items: number) {
	const perRecipient = new Map<string, number>();
	for (const coupon of srv.state.coupons.values()) {
		const recipient = coupon.recipientIntegrationId;
		if (typeof recipient === 'string' && recipient.startsWith('c-')) perRecipient.set(recipient, (perRecipient.get(recipient) ?? 0) + 1);
	}
	const counts = Array.from({ length: items }, (_v, i) => perRecipient.get(`c-${i}`) ?? 0);
	return { lost: counts.filter((c) => c === 0).length, duplicates: counts.filter((c) => c > 1).length };
}

export async function measure(server: FakeTalonOne) {
	const seen: Partial<Record<Key, { peakPerSecond: number; responses429: number; lost: number; duplicates: number }>> = {};
	const variant = (key: Key) => {
		const items: ItemsSpec = { kind: 'profiles', count: CASES[key].items, prefix: 'c-' };
		return {
			config: { variant: 'node' as const, parameters: couponCreateParameters, items, warmup: { ...items, count: PER_SECOND, prefix: 'warm-' } },
			scenario: { latencyMs: LATENCY_MS, ...(CASES[key].faults ? { faults: [...CASES[key].faults] } : {}) },
			reps: 1,
			inspect: (srv: FakeTalonOne) => {
				const requests = srv.requests.filter((r) => r.operationId === OPERATION);
				seen[key] = {
					peakPerSecond: peakPerSecond(srv.requests),
					responses429: requests.filter((r) => r.status === 429).length,
					...coupons(srv, CASES[key].items),
				};
			},
		};
	};
	log(`B7 Management API pacing: ${n(CASES.clean.items)} coupons, then ${n(CASES.with503.items)} with 503s`);
	const runs = await interleaved(server, { clean: variant('clean'), with503: variant('with503') }, 'B7');
	const describe = (key: Key) => {
		const summary = summarize(runs[key]);
		// Any client that keeps to 3 per second: request i + 3 arrives at least 1 s after request i.
		const floorMs = Math.floor((summary.requests - 1) / PER_SECOND) * 1000 + LATENCY_MS;
		return { description: CASES[key].description, items: CASES[key].items, floorMs, ...summary, timeToFloor: round(summary.ms / floorMs, 2), ...seen[key]! };
	};
	return { latencyMs: LATENCY_MS, limitPerSecond: PER_SECOND, clean: describe('clean'), with503: describe('with503') };
}

export function report(B7: Awaited<ReturnType<typeof measure>>, r: Report): void {
	const variants = [B7.clean, B7.with503];
	variants.forEach((v, i) => {
		const head = i === 0 ? `B7 Management API, ${B7.limitPerSecond} requests/s per endpoint, ${B7.latencyMs} ms` : '';
		r.row(
			head,
			`${v.description}, ${n(v.items)} items`,
			`${s(v.ms)} (${v.timeToFloor}x floor ${s(v.floorMs)})`,
			n(v.requests),
			rss(v),
			`peak ${v.peakPerSecond} requests in any second; lost ${v.lost}, created twice ${v.duplicates}, 429s ${v.responses429}; failed items ${n(v.failed)}`,
		);
	});
	r.goal('B7 requests per second per endpoint (any 1,000 ms)', `≤ ${B7.limitPerSecond}`, variants.map((v) => v.peakPerSecond).join(', '), variants.every((v) => v.peakPerSecond <= B7.limitPerSecond));
	r.goal('B7 time vs floor', '≤ 1.1x', variants.map((v) => `${v.timeToFloor}x`).join(', '), variants.every((v) => v.timeToFloor <= 1.1));
	r.goal('B7 lost / created twice / 429s', '0 / 0 / 0', variants.map((v) => `${v.lost}/${v.duplicates}/${v.responses429}`).join(', '), variants.every((v) => v.lost + v.duplicates + v.responses429 === 0));
}
