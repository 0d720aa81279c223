/**
 * The fake Talon.One's notification deliveries: to one configured URL with the configured headers
 * (the secret header a user types into the Campaign Manager) and an `X-UUID` per message, batched
 * (up to 1,000 entries in one message), retried on 5xx, 429 and network errors on a schedule like
 * Talon.One's (up to 10 minutes; `timeScale` compresses it for tests), and delivered twice or more
 * on demand. Every payload is built and validated from the notification fixture (samples.ts).
 */
import { randomUUID } from 'node:crypto';
import { samplePayload, type SampleOptions } from './samples';

/** Seconds after each failed attempt; they add up to Talon.One's 10 minutes. */
export const RETRY_SCHEDULE_S = [5, 10, 20, 40, 80, 160, 285];
export const MAX_BATCH = 1000;

export interface NotificationTarget {
	url: string;
	/** Sent with every delivery, e.g. { 'X-Talon-Webhook-Secret': '...' }. */
	headers?: Record<string, string>;
	/** Multiplies the retry schedule (0.001: the 10 minutes take 0.6 s). Default 1. */
	timeScale?: number;
	/** Entries per message, at most 1,000 (Talon.One's batch). */
	maxBatch?: number;
	/** Extra deliveries of every message with the same X-UUID (default 0). */
	duplicates?: number;
	/** Per attempt (default 10 s). */
	timeoutMs?: number;
}

export interface DeliveryAttempt {
	/** HTTP status, or 0 when no answer came (refused, reset, timeout). */
	status: number;
	/** ms since the message was queued. */
	atMs: number;
}

export interface DeliveryRecord {
	uuid: string;
	operationId: string;
	entries: number;
	/** Which delivery of this X-UUID (0: the first; 1, 2, ...: duplicates on demand). */
	copy: number;
	attempts: DeliveryAttempt[];
	outcome: 'pending' | 'delivered' | 'failed';
	/** performance.now() when it was queued and when it was answered with 2xx. */
	queuedAt: number;
	deliveredAt?: number;
}

export interface SendOptions extends SampleOptions {
	/** Extra deliveries of this message (overrides the target's `duplicates`). */
	duplicates?: number;
	/** Reuse an X-UUID (a message Talon.One sends again). */
	uuid?: string;
}

const retryable = (status: number) => status === 0 || status === 429 || status >= 500;

export class NotificationSender {
	readonly deliveries: DeliveryRecord[] = [];

	private target: NotificationTarget | null = null;

	private readonly pending = new Set<Promise<unknown>>();

	/** Retry waits, each with what ends it early (close). */
	private readonly timers = new Map<NodeJS.Timeout, () => void>();

	/** Entries waiting for the end of this tick, by operationId. */
	private readonly queued = new Map<string, { message: Record<string, unknown>; entries: Array<Record<string, unknown>> }>();

	private flushScheduled = false;

	get active(): boolean {
		return this.target !== null;
	}

	/** Where notifications go (null: nowhere, the default). */
	configure(target: NotificationTarget | null): void {
		this.target = target && { ...target, maxBatch: Math.min(target.maxBatch ?? MAX_BATCH, MAX_BATCH) };
	}

	/**
	 * Sends one notification now (the control for tests and benchmarks): `entries` of a batched type
	 * are split into messages of at most `maxBatch`. Resolves with the records once every message
	 * (and its duplicates) is delivered or has given up.
	 */
	async send(operationId: string, options: SendOptions = {}): Promise<DeliveryRecord[]> {
		const target = this.requireTarget();
		const chunks = options.entries ? chunk(options.entries, target.maxBatch!) : [undefined];
		const copies = options.duplicates ?? target.duplicates ?? 0;
		const all = chunks.map((entries) => {
			const body = samplePayload(operationId, { message: options.message, entries });
			const uuid = options.uuid ?? randomUUID();
			return Array.from({ length: copies + 1 }, (_, copy) => this.deliver(target, operationId, body, uuid, copy, entries?.length ?? 1));
		});
		return await Promise.all(all.flat());
	}

	/** Queues entries from a state change; entries of one type within the same tick go out as one batch. */
	emit(operationId: string, entry: Record<string, unknown>, message: Record<string, unknown> = {}): void {
		if (!this.target) return;
		const key = `${operationId}\u0000${JSON.stringify(message)}`;
		const batch = this.queued.get(key) ?? { message, entries: [] };
		batch.entries.push(entry);
		this.queued.set(key, batch);
		if (this.flushScheduled) return;
		this.flushScheduled = true;
		setImmediate(() => this.flush());
	}

	/** Sends a notification that is one change (not batched) from a state change. */
	emitMessage(operationId: string, message: Record<string, unknown>): void {
		if (this.target) this.track(this.send(operationId, { message }));
	}

	/** Resolves when nothing is queued, in flight or waiting to retry. */
	async idle(): Promise<void> {
		while (this.flushScheduled || this.pending.size) {
			if (this.flushScheduled) await new Promise((resolve) => setImmediate(resolve));
			else await Promise.allSettled([...this.pending]);
		}
	}

	/** Stops: retries still waiting are dropped (their records stay 'pending'). */
	close(): void {
		for (const [timer, resolve] of this.timers) {
			clearTimeout(timer);
			resolve();
		}
		this.timers.clear();
		this.queued.clear();
		this.target = null;
	}

	private flush(): void {
		this.flushScheduled = false;
		const batches = [...this.queued.entries()];
		this.queued.clear();
		for (const [key, { message, entries }] of batches) {
			if (this.target) this.track(this.send(key.split('\u0000')[0], { message, entries }));
		}
	}

	private track(promise: Promise<unknown>): void {
		const tracked = promise.catch(() => undefined).finally(() => this.pending.delete(tracked));
		this.pending.add(tracked);
	}

	private requireTarget(): NotificationTarget {
		if (!this.target) throw new Error('fake Talon.One: configure a notification target first (server.notifications.configure({ url }))');
		return this.target;
	}

	private async deliver(target: NotificationTarget, operationId: string, body: object, uuid: string, copy: number, entries: number): Promise<DeliveryRecord> {
		const record: DeliveryRecord = { uuid, operationId, entries, copy, attempts: [], outcome: 'pending', queuedAt: performance.now() };
		this.deliveries.push(record);
		const text = JSON.stringify(body);
		for (let attempt = 0; ; attempt++) {
			const status = await post(target, text, uuid);
			record.attempts.push({ status, atMs: performance.now() - record.queuedAt });
			if (status >= 200 && status < 300) {
				record.outcome = 'delivered';
				record.deliveredAt = performance.now();
				return record;
			}
			if (!retryable(status) || attempt >= RETRY_SCHEDULE_S.length) {
				record.outcome = 'failed';
				return record;
			}
			await this.wait(RETRY_SCHEDULE_S[attempt] * 1000 * (target.timeScale ?? 1));
			if (this.target !== target) return record;
		}
	}

	private wait(ms: number): Promise<void> {
		return new Promise((resolve) => {
			const timer = setTimeout(() => {
				this.timers.delete(timer);
				resolve();
			}, ms);
			this.timers.set(timer, resolve);
		});
	}
}

async function post(target: NotificationTarget, body: string, uuid: string): Promise<number> {
	try {
		const res = await fetch(target.url, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'x-uuid': uuid, ...target.headers },
			body,
			signal: AbortSignal.timeout(target.timeoutMs ?? 10_000),
		});
		await res.arrayBuffer();
		return res.status;
	} catch {
		return 0;
	}
}

function chunk<T>(list: T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
	return out.length ? out : [[]];
}
