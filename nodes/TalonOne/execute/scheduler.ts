export interface ScheduledTask {
	/** Entities the task changes: tasks sharing a key run one after another, in the order given. */
	keys: readonly string[];
	run: () => Promise<void>;
}

class Semaphore {
	private waiting: Array<() => void> = [];
	private active = 0;

	constructor(private readonly limit: number) {}

	async acquire(): Promise<void> {
		if (this.active < this.limit) {
			this.active++;
			return;
		}
		await new Promise<void>((resolve) => this.waiting.push(resolve));
	}

	release(): void {
		const next = this.waiting.shift();
		if (next) next();
		else this.active--;
	}
}

/**
 * Runs tasks with at most `maxParallel` at once, keeping the order of tasks that share a key.
 * `run` must not reject. Tasks not yet started when `shouldStop()` turns true are skipped.
 */
export async function runScheduled(
	tasks: readonly ScheduledTask[],
	maxParallel: number,
	shouldStop: () => boolean,
): Promise<void> {
	const semaphore = new Semaphore(Math.max(1, maxParallel));
	const lastByKey = new Map<string, Promise<void>>();
	const running = tasks.map((task) => {
		const before = task.keys.map((key) => lastByKey.get(key)).filter((p): p is Promise<void> => p !== undefined);
		const done = (async () => {
			if (before.length) await Promise.all(before);
			await semaphore.acquire();
			try {
				if (!shouldStop()) await task.run();
			} finally {
				semaphore.release();
			}
		})();
		for (const key of task.keys) lastByKey.set(key, done);
		return done;
	});
	await Promise.all(running);
}

/** Spaces request starts so that no more than `perSecond` begin in any second. */
export class RateLimiter {
	private next = 0;
	private readonly interval: number;

	constructor(perSecond: number) {
		this.interval = 1000 / perSecond;
	}

	async wait(): Promise<void> {
		const now = Date.now();
		const start = Math.max(now, this.next);
		this.next = start + this.interval;
		if (start > now) await new Promise((resolve) => setTimeout(resolve, start - now));
	}
}
