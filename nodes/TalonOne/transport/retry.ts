import { parseJson } from '../fields/json';

export interface RetryPolicy {
	maxRetries: number;
	/** Upper bound for the time one request may spend waiting between attempts. */
	maxTotalWaitMs: number;
	/** First backoff step; doubles with every attempt. */
	baseDelayMs: number;
	random?: () => number;
}

/** Failures where the request certainly never reached Talon.One. */
const notSentCodes = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EHOSTDOWN', 'UND_ERR_CONNECT_TIMEOUT']);
/** Failures after the request may have been processed. */
const ambiguousCodes = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'UND_ERR_HEADERS_TIMEOUT']);

/** Whether a request may be sent twice: as its operation says, else every method but POST. */
export function isIdempotent(request: { method: string; idempotent?: boolean }): boolean {
	return request.idempotent ?? request.method !== 'POST';
}

/**
 * Whether to send the request again after an answer with `statusCode`, or after a failure with
 * `code` before any answer arrived. 429 and 503 mean "not processed", so every method may retry
 * them. A 502, a 504, a reset or a timeout may come after Talon.One applied the change: only
 * idempotent requests retry those, never a plain POST.
 */
export function mayRetry(method: string, statusCode: number | undefined, code: string | undefined, idempotent = method !== 'POST'): boolean {
	if (statusCode !== undefined) return statusCode === 429 || statusCode === 503 || (idempotent && (statusCode === 502 || statusCode === 504));
	if (code === undefined) return false;
	return notSentCodes.has(code) || (idempotent && ambiguousCodes.has(code));
}

/**
 * After a success status the change was applied; if the connection then breaks or stalls while
 * the answer comes in, sending the request again would apply it twice. Only reads are repeated,
 * from the start (never resumed with `Range`). An answer that is too large or cannot be decoded
 * would be the same again.
 */
export function mayRetryBrokenAnswer(method: string, statusCode: number, code: string, idempotent = method !== 'POST'): boolean {
	const connectionBroke = ambiguousCodes.has(code) || code === 'UND_ERR_BODY_TIMEOUT';
	return mayRetry(method, statusCode, undefined, idempotent) || (method === 'GET' && statusCode < 300 && connectionBroke);
}

/** Talon.One's words when other requests are changing the same session or profile. */
export function isBusyMessage(message: unknown): boolean {
	return typeof message === 'string' && /too many requests are updating this \w+ at the same time/i.test(message);
}

/**
 * Talon.One's 409 "Too many requests are updating this session (profile) at the same time": it
 * refused the request because other requests were changing the same customer. Other 409s (the
 * audience or event already exists, ...) are answers about the data, never busy signals.
 */
export function isBusyConflict(statusCode: number, text: string): boolean {
	if (statusCode !== 409) return false;
	const parsed = parseJson(text);
	return parsed.ok && isBusyMessage((parsed.value as { message?: unknown } | null)?.message);
}

/** `mayRetry` for a complete answer; a busy 409 is retried for idempotent requests. */
export function mayRetryAnswer(method: string, statusCode: number, text: string, idempotent: boolean): boolean {
	return mayRetry(method, statusCode, undefined, idempotent) || (idempotent && isBusyConflict(statusCode, text));
}

const httpDate = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * Retry-After as a whole number of seconds or as a future HTTP date, in ms; `undefined` (normal
 * backoff) when absent, repeated, negative, a list, a past date or otherwise unreadable.
 */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	if (/^\d+$/.test(text)) return Number(text) * 1000;
	if (!httpDate.test(text)) return undefined;
	const wait = Date.parse(text) - now;
	return wait > 0 ? wait : undefined;
}

/** Exponential backoff with jitter; at least Retry-After when Talon.One sends it. */
export function retryDelayMs(attempt: number, retryAfterMs: number | undefined, policy: RetryPolicy): number {
	const random = policy.random ?? Math.random;
	if (retryAfterMs !== undefined) return retryAfterMs + random() * Math.min(250, retryAfterMs * 0.2);
	const step = policy.baseDelayMs * 2 ** (attempt - 1);
	return step / 2 + random() * (step / 2);
}

/** The retries left for one request: how many, and how much waiting. */
export class RetryBudget {
	private retries = 0;
	private waited = 0;

	constructor(private readonly policy: RetryPolicy | undefined) {}

	/** The wait before the next attempt, or `undefined` when the request may not be retried again. */
	nextDelay(retryAfter: string | string[] | undefined): number | undefined {
		const policy = this.policy;
		if (!policy || this.retries >= policy.maxRetries) return undefined;
		const delay = retryDelayMs(this.retries + 1, parseRetryAfter(retryAfter), policy);
		if (this.waited + delay > policy.maxTotalWaitMs) return undefined;
		this.retries++;
		this.waited += delay;
		return delay;
	}
}
