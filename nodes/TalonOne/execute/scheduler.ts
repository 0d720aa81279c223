import type { ParallelLimit } from './concurrency';

export interface ScheduledTask {
	/** Entities the task changes: tasks sharing a key run one after another, in the order given. */
	keys: readonly string[];
	run: () => Promise<void>;
}

/**
 * How many tasks past the running ones are looked at for one that may start. Bounds the memory a
 * run uses besides the tasks themselves: nothing is set up for a task before it comes into view.
 */
const LOOKAHEAD = 5000;

/**
 * Runs tasks with at most `limit.current` at once (read before every start), keeping the order of
 * tasks that share a key. `run` must not reject. Tasks not yet started when `shouldStop()` turns
 * true are skipped.
 */
export async function runScheduled(tasks: readonly ScheduledTask[], limit: ParallelLimit, shouldStop: () => boolean): Promise<void> {
	// Per key, the tasks in view that change it, in input order: only the first of each may run.
	const queues = new Map<string, number[]>();
	let ready: number[] = [];
	let readyHead = 0;
	let next = 0;
	let inView = 0;
	let running = 0;
	let stopped = false;
	let failure: unknown;
	return await new Promise<void>((resolve, reject) => {
		const firstOfAllKeys = (index: number) => tasks[index].keys.every((key) => queues.get(key)![0] === index);
		const bringIntoView = () => {
			while (next < tasks.length && inView < LOOKAHEAD) {
				const index = next++;
				inView++;
				for (const key of tasks[index].keys) {
					const queue = queues.get(key);
					if (queue) queue.push(index);
					else queues.set(key, [index]);
				}
				if (firstOfAllKeys(index)) ready.push(index);
			}
		};
		const finished = (index: number) => {
			running--;
			inView--;
			for (const key of tasks[index].keys) {
				const queue = queues.get(key)!;
				queue.shift();
				if (queue.length === 0) queues.delete(key);
				else if (firstOfAllKeys(queue[0])) ready.push(queue[0]);
			}
			pump();
		};
		const pump = () => {
			stopped ||= shouldStop();
			if (!stopped) {
				bringIntoView();
				while (running < limit.current && readyHead < ready.length) {
					const index = ready[readyHead++];
					running++;
					tasks[index].run().then(
						() => finished(index),
						(error: unknown) => {
							failure ??= error;
							finished(index);
						},
					);
				}
				if (readyHead > 1024 && readyHead * 2 > ready.length) {
					ready = ready.slice(readyHead);
					readyHead = 0;
				}
			}
			if (running === 0 && (stopped || readyHead === ready.length)) {
				if (failure === undefined) resolve();
				else reject(failure as Error);
			}
		};
		pump();
	});
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
