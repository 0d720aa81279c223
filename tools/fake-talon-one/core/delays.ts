/** Answers held back by latency or a delay fault; reset and close cancel them, so they are never sent. */
export class Delays {
	private readonly timers = new Set<NodeJS.Timeout>();

	run(ms: number, fn: () => void): void {
		if (ms <= 0) {
			fn();
			return;
		}
		const timer = setTimeout(() => {
			this.timers.delete(timer);
			fn();
		}, ms);
		this.timers.add(timer);
	}

	cancelAll(): void {
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
	}
}
