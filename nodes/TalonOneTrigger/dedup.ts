/**
 * Recently seen message ids (`X-UUID`), so a retried or duplicated delivery starts no second run.
 * Bounded two ways: an id is forgotten after `windowMs`, and at most `maxIds` are kept (the oldest go
 * first). A Map keeps insertion order, and every id gets the same lifetime, so the oldest entries are
 * always the first to expire: each check costs O(1) amortised.
 */
export interface DedupLimits {
	windowMs: number;
	maxIds: number;
}

export class DedupWindow {
	private readonly seenUntil = new Map<string, number>();

	constructor(private limits: DedupLimits) {}

	get size(): number {
		return this.seenUntil.size;
	}

	/** Changes the limits (the user edited the node); a smaller count drops the oldest ids now. */
	configure(limits: DedupLimits): void {
		this.limits = limits;
		this.evict(Number.NEGATIVE_INFINITY);
	}

	/** Whether `id` was seen within the window; if not, remembers it from `now` on. */
	seenBefore(id: string, now: number): boolean {
		this.evict(now);
		const until = this.seenUntil.get(id);
		if (until !== undefined && until > now) return true;
		this.seenUntil.delete(id);
		this.seenUntil.set(id, now + this.limits.windowMs);
		this.evict(now);
		return false;
	}

	private evict(now: number): void {
		for (const [id, until] of this.seenUntil) {
			if (until > now && this.seenUntil.size <= this.limits.maxIds) break;
			this.seenUntil.delete(id);
		}
	}
}

/**
 * One window per trigger node (workflow id + node id), in this n8n process's memory. Held per
 * process, not in the workflow's static data: n8n loads and saves static data around every webhook
 * call, so two deliveries of the same message arriving together would both pass, and every delivery
 * would write the workflow row. See README "Talon.One Trigger" for restarts and queue mode.
 */
const windows = new Map<string, DedupWindow>();

/** The window's key: one per trigger node of a workflow. */
export function dedupKeyOf(context: { getWorkflow(): { id?: string }; getNode(): { id: string } }): string {
	return `${context.getWorkflow().id}:${context.getNode().id}`;
}

export function dedupWindowFor(key: string, limits: DedupLimits): DedupWindow {
	let window = windows.get(key);
	if (!window) {
		window = new DedupWindow(limits);
		windows.set(key, window);
	} else window.configure(limits);
	return window;
}

/** When the trigger is deactivated: its ids go with it. */
export function dropDedupWindow(key: string): void {
	windows.delete(key);
}
