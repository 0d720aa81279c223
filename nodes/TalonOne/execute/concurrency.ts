import type { AttemptReport } from '../transport/client';

/** How many requests may run at once; read before every start, so it may change while a run goes on. */
export interface ParallelLimit {
	readonly current: number;
}

/** The first number of parallel requests in Auto, and the most it may reach. */
export const AUTO_PARALLEL = { initial: 8, max: 64 } as const;

/** Talon.One's signs of being overloaded: rate limited, unavailable, busy, or no answer at all. */
export function isPressure(report: AttemptReport): boolean {
	return report.status === undefined || report.status === 429 || report.status === 503 || report.busy;
}

/**
 * Max Parallel Requests "Auto": additive increase, multiplicative decrease. Starts at `initial` and
 * doubles every round trip while answers come back as fast as the fastest seen so far (slow start),
 * then adds about one per round trip. An answer that took more than twice the fastest (a queue is
 * building up) stops the growth; a 429, 503, busy 409 or a failed attempt halves the number, once
 * per round trip: answers to requests sent before the last decrease report the same overload.
 */
export class AdaptiveParallelLimit implements ParallelLimit {
	private limit: number;
	private slowStart = true;
	private fastestMs = Infinity;
	private lastDecreaseAt = -Infinity;

	constructor(
		private readonly settings: { initial: number; max: number },
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
		this.limit = Math.min(this.settings.max, this.limit + (this.slowStart ? 1 : 1 / this.limit));
	}
}
