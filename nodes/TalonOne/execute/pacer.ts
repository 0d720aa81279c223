import type { AttemptReport } from '../transport/client';

/** How the learned rate is used: a margin below it, how long it is held, and how fast it grows after. */
export const PACING = {
	/** Share of the accepted rate to send at, so uneven starts do not tip a window over the limit. */
	margin: 0.92,
	/** Held this long after the first 429 (doubling with each later one, up to `maxHoldMs`), then grows. */
	holdMs: 5000,
	maxHoldMs: 60_000,
	growthPerSecond: 1.1,
	/** Beyond this the learned rate no longer limits anything and is dropped. */
	dropAbovePerSecond: 10_000,
	/** Fewer accepted answers in the window before a 429 than this tell no rate. */
	minAcceptedToLearn: 10,
	/** The gate when a 429 has no readable Retry-After. */
	defaultWaitMs: 500,
} as const;

/** Trailing period in which accepted request starts are remembered, ms. */
const MEMORY_MS = 10_000;

/**
 * A start gate and a learned pace for every attempt, from what Talon.One answered (it publishes no
 * rate limit and sends no rate-limit headers). On a 429 every attempt waits until Retry-After has
 * passed, so the requests behind it do not each run into the limit and burn a retry; from then on
 * attempts start evenly spaced at a little under the rate Talon.One accepted in the window before
 * the 429. The pace is held for a while, then grows slowly in case the limit was temporary.
 */
export class Pacer {
	private gateUntil = -Infinity;
	private rate: number | undefined;
	private rateSetAt = 0;
	private holdMs: number = PACING.holdMs;
	private nextSlot = -Infinity;
	/** Start times of accepted attempts (not 429) in the last `MEMORY_MS`, oldest first from `head`. */
	private accepted: number[] = [];
	private head = 0;
	private lastEpisodeAt = -Infinity;

	constructor(
		private readonly clock: () => number,
		private readonly sleep: (ms: number) => Promise<void>,
	) {}

	/** The learned rate now, per second; `undefined` while nothing limits it. */
	currentRate(now = this.clock()): number | undefined {
		if (this.rate === undefined) return undefined;
		const grownFor = now - this.rateSetAt - this.holdMs;
		const rate = grownFor > 0 ? this.rate * PACING.growthPerSecond ** (grownFor / 1000) : this.rate;
		if (rate <= PACING.dropAbovePerSecond) return rate;
		this.rate = undefined;
		return undefined;
	}

	async beforeAttempt(): Promise<void> {
		for (;;) {
			const now = this.clock();
			const rate = this.currentRate(now);
			if (rate === undefined && now >= this.gateUntil) return;
			// A slot left unused (the run was idle) is not saved up for a burst.
			const start = Math.max(now, this.gateUntil, rate === undefined ? now : this.nextSlot);
			if (rate !== undefined) this.nextSlot = start + 1000 / rate;
			if (start <= now) return;
			const gate = this.gateUntil;
			await this.sleep(start - now);
			if (this.gateUntil <= gate) return;
		}
	}

	afterAttempt(report: AttemptReport): void {
		const now = this.clock();
		if (report.status === 429) return this.limited(report, now);
		if (report.status === undefined) return;
		this.accepted.push(report.startedAt);
		while (this.head < this.accepted.length && this.accepted[this.head] < now - MEMORY_MS) this.head++;
		if (this.head > 1024 && this.head * 2 > this.accepted.length) {
			this.accepted = this.accepted.slice(this.head);
			this.head = 0;
		}
	}

	/** Answers to attempts started before the last 429 was seen belong to that same episode. */
	private limited(report: AttemptReport, now: number): void {
		const waitMs = report.retryAfterMs ?? PACING.defaultWaitMs;
		this.gateUntil = Math.max(this.gateUntil, now + waitMs);
		if (report.startedAt < this.lastEpisodeAt) return;
		this.lastEpisodeAt = now;
		// "Retry-After: 0" asks for no slowing down.
		if (waitMs <= 0) return;
		const windowMs = Math.min(MEMORY_MS, Math.max(1000, waitMs));
		let count = 0;
		for (let i = this.accepted.length - 1; i >= this.head && this.accepted[i] >= now - windowMs; i--) count++;
		// Too few answers to tell a rate from (e.g. the very first requests): the gate alone.
		if (count < PACING.minAcceptedToLearn) return;
		const measured = ((count * 1000) / windowMs) * PACING.margin;
		const previous = this.currentRate(now);
		if (this.rate !== undefined) this.holdMs = Math.min(PACING.maxHoldMs, this.holdMs * 2);
		// One 429 may halve the pace at most: a 429 now and then is no reason to crawl.
		this.rate = previous === undefined ? measured : Math.max(measured, previous / 2);
		this.rateSetAt = now;
	}
}
