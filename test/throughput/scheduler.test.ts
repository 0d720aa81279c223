/** The scheduler: a limit read before every start, per-entity order, and nothing set up for tasks not yet in view. */
import { runScheduled, type ScheduledTask } from '../../nodes/TalonOne/execute/scheduler';

/** Tasks whose runs finish when the test says so. */
function controlled(keys: string[][]) {
	const started: number[] = [];
	const finish = new Map<number, () => void>();
	let running = 0;
	let maxRunning = 0;
	const tasks: ScheduledTask[] = keys.map((k, i) => ({
		keys: k,
		run: () =>
			new Promise<void>((resolve) => {
				started.push(i);
				maxRunning = Math.max(maxRunning, ++running);
				finish.set(i, () => {
					running--;
					resolve();
				});
			}),
	}));
	const finishAll = async () => {
		const open = [...finish.entries()];
		finish.clear();
		for (const [, done] of open) done();
		await new Promise((resolve) => setImmediate(resolve));
	};
	return { tasks, started, finishAll, maxRunning: () => maxRunning };
}

test('100,000 tasks: only as many runs as the limit are started, the rest are not touched yet', async () => {
	const t = controlled(Array.from({ length: 100_000 }, (_v, i) => [`k${i}`]));
	const limit = { current: 10 };
	const done = runScheduled(t.tasks, limit, () => false);
	await new Promise((resolve) => setImmediate(resolve));
	expect(t.started).toHaveLength(10);
	limit.current = 50;
	await t.finishAll();
	expect(t.started).toHaveLength(60);
	while (t.started.length < 100_000) await t.finishAll();
	await t.finishAll();
	await done;
	expect(t.maxRunning()).toBe(50);
});

test('tasks sharing a key run one after another in input order, others pass them', async () => {
	const t = controlled([['a'], ['a'], ['b'], ['a', 'b'], ['c']]);
	const done = runScheduled(t.tasks, { current: 10 }, () => false);
	await new Promise((resolve) => setImmediate(resolve));
	expect(t.started).toEqual([0, 2, 4]);
	await t.finishAll();
	expect(t.started).toEqual([0, 2, 4, 1]);
	await t.finishAll();
	expect(t.started).toEqual([0, 2, 4, 1, 3]);
	await t.finishAll();
	await done;
});

test('once it should stop, nothing new starts and it ends when the running tasks end', async () => {
	const t = controlled(Array.from({ length: 20 }, (_v, i) => [`k${i}`]));
	let stop = false;
	const done = runScheduled(t.tasks, { current: 4 }, () => stop);
	await new Promise((resolve) => setImmediate(resolve));
	stop = true;
	await t.finishAll();
	await done;
	expect(t.started).toEqual([0, 1, 2, 3]);
});

test('an empty list ends at once', async () => {
	await expect(runScheduled([], { current: 1 }, () => false)).resolves.toBeUndefined();
});
