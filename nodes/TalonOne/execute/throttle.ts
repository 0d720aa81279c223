import { performance } from 'node:perf_hooks';
import type { AttemptObserver, AttemptReport } from '../transport/client';
import { AUTO_PARALLEL, AdaptiveParallelLimit, type ParallelLimit } from './concurrency';
import type { ParallelSetting } from './options';
import { Pacer } from './pacer';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One node run's pace: how many requests run at once (Auto or Fixed) for the scheduler, and the
 * start gate and learned rate for every attempt the client makes, retries included.
 */
export class Throttle implements AttemptObserver, ParallelLimit {
	private readonly parallel: ParallelLimit & { observe?: (report: AttemptReport) => void };
	readonly pacer: Pacer;

	constructor(setting: ParallelSetting, clock: () => number = () => performance.now()) {
		this.parallel =
			setting.mode === 'auto'
				? new AdaptiveParallelLimit({ ...AUTO_PARALLEL, initial: Math.min(AUTO_PARALLEL.initial, setting.max), max: setting.max }, clock)
				: { current: setting.count };
		this.pacer = new Pacer(clock, sleep);
	}

	get current(): number {
		return this.parallel.current;
	}

	async beforeAttempt(): Promise<void> {
		await this.pacer.beforeAttempt();
	}

	afterAttempt(report: AttemptReport): void {
		this.parallel.observe?.(report);
		this.pacer.afterAttempt(report);
	}
}
