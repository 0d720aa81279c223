/** Max Parallel Requests "Auto" and the pace learned from 429s: counted with a fake clock and fake timers, never timed. */
import { AUTO_PARALLEL, AdaptiveParallelLimit } from '../../nodes/TalonOne/execute/concurrency';
import { PACING, Pacer } from '../../nodes/TalonOne/execute/pacer';
import type { AttemptReport } from '../../nodes/TalonOne/transport/client';

let now = 0;
const clock = () => now;
const answer = (over: Partial<AttemptReport> = {}): AttemptReport => ({ status: 200, startedAt: now, latencyMs: 20, busy: false, ...over });

beforeEach(() => (now = 0));

describe('Auto: how many requests run at once', () => {
	test('starts at 8, doubles per round trip up to 16 while answers are fast, then adds one per round trip, never passes the cap', () => {
		const limit = new AdaptiveParallelLimit(AUTO_PARALLEL, clock);
		expect(limit.current).toBe(8);
		for (let i = 0; i < 8; i++) limit.observe(answer());
		expect(limit.current).toBe(16);
		// three round trips of answers (16 + 17 + 18): three more, where doubling would give 128
		for (let i = 0; i < 51; i++) limit.observe(answer());
		expect([18, 19]).toContain(limit.current);
		for (let i = 0; i < 5000; i++) limit.observe(answer());
		expect(limit.current).toBe(64);
	});

	test.each([
		['429', { status: 429 }],
		['503', { status: 503 }],
		['busy 409', { status: 409, busy: true }],
		['no answer', { status: undefined }],
	])('a %s halves it, once per round trip', (_name, signal) => {
		const limit = new AdaptiveParallelLimit({ initial: 32, doubleUntil: 64, max: 64 }, clock);
		now = 100;
		limit.observe(answer({ ...signal, startedAt: 80 }));
		expect(limit.current).toBe(16);
		// sent before the decrease: the same overload
		limit.observe(answer({ ...signal, startedAt: 90 }));
		expect(limit.current).toBe(16);
		now = 200;
		limit.observe(answer({ ...signal, startedAt: 150 }));
		expect(limit.current).toBe(8);
		for (let i = 0; i < 10; i++) limit.observe(answer({ ...signal, startedAt: (now += 100) - 1 }));
		expect(limit.current).toBe(1);
	});

	test('after a decrease it grows by about one per round trip, not doubling', () => {
		const limit = new AdaptiveParallelLimit({ initial: 16, doubleUntil: 64, max: 64 }, clock);
		limit.observe(answer({ status: 429 }));
		expect(limit.current).toBe(8);
		for (let i = 0; i < 10; i++) limit.observe(answer());
		expect(limit.current).toBe(9);
	});

	test('a 409 that is not the busy one, or a 400, is no sign of load', () => {
		const limit = new AdaptiveParallelLimit(AUTO_PARALLEL, clock);
		limit.observe(answer({ status: 409 }));
		limit.observe(answer({ status: 400 }));
		// answered quickly, like any other answer
		expect(limit.current).toBe(10);
	});

	test('answers taking more than twice the fastest stop the growth', () => {
		const limit = new AdaptiveParallelLimit(AUTO_PARALLEL, clock);
		limit.observe(answer({ latencyMs: 20 }));
		expect(limit.current).toBe(9);
		for (let i = 0; i < 50; i++) limit.observe(answer({ latencyMs: 80 }));
		expect(limit.current).toBe(9);
	});
});

describe('the start gate and the learned pace (fake timers)', () => {
	beforeEach(() => jest.useFakeTimers({ now: 0 }));
	afterEach(() => jest.useRealTimers());

	const pacer = () => new Pacer(() => Date.now(), (ms) => new Promise((resolve) => setTimeout(resolve, ms)));

	/** Starts `count` attempts; returns the times they passed the gate, filled as fake time advances. */
	function startAll(p: Pacer, count: number): number[] {
		const started: number[] = [];
		for (let i = 0; i < count; i++) void p.beforeAttempt().then(() => started.push(Date.now()));
		return started;
	}

	test('nothing is held back before Talon.One says 429', async () => {
		const p = pacer();
		const started = startAll(p, 100);
		await jest.advanceTimersByTimeAsync(0);
		expect(started).toHaveLength(100);
		expect(p.currentRate()).toBeUndefined();
	});

	test('after a 429 every attempt waits for Retry-After, then they start spaced at a little under the accepted rate', async () => {
		const p = pacer();
		// 200 accepted in the first half second, then the limit
		for (let i = 0; i < 200; i++) p.afterAttempt({ status: 200, startedAt: i * 2.5, latencyMs: 20, busy: false });
		jest.setSystemTime(500);
		p.afterAttempt({ status: 429, startedAt: 499, latencyMs: 20, retryAfterMs: 1000, busy: false });
		expect(p.currentRate()).toBeCloseTo(200 * PACING.margin);
		// the other requests in flight report the same 429: no new estimate
		p.afterAttempt({ status: 429, startedAt: 498, latencyMs: 20, retryAfterMs: 1000, busy: false });
		expect(p.currentRate()).toBeCloseTo(200 * PACING.margin);

		const started = startAll(p, 400);
		await jest.advanceTimersByTimeAsync(999);
		expect(started).toHaveLength(0);
		await jest.advanceTimersByTimeAsync(1);
		expect(started).toHaveLength(1);
		expect(started[0]).toBe(1500);
		await jest.advanceTimersByTimeAsync(1000);
		// one second after the gate opened: the paced rate, not all 400
		expect(started.length).toBeGreaterThanOrEqual(Math.floor(200 * PACING.margin));
		expect(started.length).toBeLessThanOrEqual(Math.ceil(200 * PACING.margin) + 1);
	});

	test('a 429 that comes in while attempts wait moves the gate for all of them', async () => {
		const p = pacer();
		p.afterAttempt({ status: 429, startedAt: 0, latencyMs: 1, retryAfterMs: 1000, busy: false });
		const started = startAll(p, 5);
		await jest.advanceTimersByTimeAsync(600);
		p.afterAttempt({ status: 429, startedAt: 599, latencyMs: 1, retryAfterMs: 2000, busy: false });
		await jest.advanceTimersByTimeAsync(1999);
		expect(started).toHaveLength(0);
		await jest.advanceTimersByTimeAsync(1);
		expect(started).toEqual([2600, 2600, 2600, 2600, 2600]);
	});

	test('a 429 with Retry-After 0, or before 10 answers came back, sets no pace', () => {
		const p = pacer();
		for (let i = 0; i < 50; i++) p.afterAttempt({ status: 200, startedAt: i, latencyMs: 20, busy: false });
		p.afterAttempt({ status: 429, startedAt: 60, latencyMs: 1, retryAfterMs: 0, busy: false });
		expect(p.currentRate()).toBeUndefined();
		const early = pacer();
		for (let i = 0; i < 9; i++) early.afterAttempt({ status: 200, startedAt: i, latencyMs: 20, busy: false });
		early.afterAttempt({ status: 429, startedAt: 10, latencyMs: 1, retryAfterMs: 1000, busy: false });
		expect(early.currentRate()).toBeUndefined();
	});

	test('the pace is held, then grows, and is dropped once it no longer limits anything', () => {
		const p = pacer();
		for (let i = 0; i < 50; i++) p.afterAttempt({ status: 200, startedAt: i * 20, latencyMs: 20, busy: false });
		jest.setSystemTime(1000);
		p.afterAttempt({ status: 429, startedAt: 999, latencyMs: 20, retryAfterMs: 1000, busy: false });
		const learned = p.currentRate()!;
		expect(learned).toBeCloseTo(50 * PACING.margin);
		expect(p.currentRate(1000 + PACING.holdMs)).toBeCloseTo(learned);
		expect(p.currentRate(1000 + PACING.holdMs + 1000)).toBeCloseTo(learned * PACING.growthPerSecond);
		expect(p.currentRate(1000 + PACING.holdMs + 200_000)).toBeUndefined();
	});

	test('each later 429 holds the pace twice as long, and lowers it by half at most', () => {
		const p = pacer();
		for (let i = 0; i < 40; i++) p.afterAttempt({ status: 200, startedAt: i, latencyMs: 20, busy: false });
		jest.setSystemTime(50);
		p.afterAttempt({ status: 429, startedAt: 49, latencyMs: 1, retryAfterMs: 1000, busy: false });
		expect(p.currentRate()).toBeCloseTo(40 * PACING.margin);
		for (let i = 0; i < 10; i++) p.afterAttempt({ status: 200, startedAt: 1100 + i, latencyMs: 20, busy: false });
		jest.setSystemTime(1200);
		p.afterAttempt({ status: 429, startedAt: 1199, latencyMs: 1, retryAfterMs: 1000, busy: false });
		const rate = p.currentRate()!;
		expect(rate).toBeCloseTo((40 * PACING.margin) / 2);
		expect(p.currentRate(1200 + 2 * PACING.holdMs)).toBeCloseTo(rate);
		expect(p.currentRate(1200 + 2 * PACING.holdMs + 1000)).toBeGreaterThan(rate);
	});
});
