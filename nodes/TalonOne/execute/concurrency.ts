import type { AttemptReport } from '../transport/client';

/** How many requests may run at once; read before every start, so it may change while a run goes on. */
export interface ParallelLimit {
	readonly current: number;
}

/**
 * Auto's first number of parallel requests, up to where it doubles per round trip, and the most it
 * may reach. Doubling stops early because every request in flight when an unknown rate limit fills
 * up gets a 429: at 16 that is about 4 % of a run under 50 requests/s, at 32 more than 10 %.
 */
export const AUTO_PARALLEL = { initial: 8, doubleUntil: 16, max: 64 } as const;

/** Talon.One's signs of being overloaded: rate limited, unavailable, busy, or no answer at all. */
export function isPressure(report: AttemptReport): boolean {
	return report.status === undefined || report.status === 429 || report.status === 503 || report.busy;
}

/**
 * Max Parallel Requests "Auto": additive increase, multiplicative decrease. Starts at `initial` and
 * doubles every round trip up to `doubleUntil` while answers come back as fast as the fastest seen
 * so far (slow start), then adds about one per round trip. An answer that took more than twice the fastest (a queue is
 * building up) stops the growth; a 429, 503, busy 409 or a failed attempt halves the number, once
 * per round trip: answers to requests sent before the last decrease report the same overload.
 */
export class AdaptiveParallelLimit implements ParallelLimit {
	private limit: number;
	private slowStart = true;
	private fastestMs = Infinity;
	private lastDecreaseAt = -Infinity;

	constructor(
		private readonly settings: { initial: number; doubleUntil: number; max: number },
		private readonly clock: () => number,
	) {
		this.limit = Math.min(settings.initial, settings.max);
	}

	get current(): number {
		return Math.max(1, Math.floor(this.limit));
	}

	observe(report: AttemptReport): void {
		if (isPressure(report)) {
			if (report.startedAt < this.lastDecreaseAt) return;
			this.limit = Math.max(1, this.limit / 2);
			this.slowStart = false;
			this.lastDecreaseAt = this.clock();
			return;
		}
		this.fastestMs = Math.min(this.fastestMs, report.latencyMs);
		if (report.latencyMs > 2 * this.fastestMs + 10) {
			this.slowStart = false;
			return;
		}
		if (this.limit >= this.settings.doubleUntil) this.slowStart = false;
		this.limit = Math.min(this.settings.max, this.limit + (this.slowStart ? 1 : 1 / this.limit));
	}
}
