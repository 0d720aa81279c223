import type { Dispatcher, RetryAgent } from 'undici';
import type RetryHandler from 'undici/types/retry-handler';

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
const ambiguousCodes = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/**
 * 429 and 503 mean "not processed", so every method may retry them. A 502, a 504, a reset or a
 * timeout may come after Talon.One applied the change: only idempotent methods retry those, never a POST.
 */
export function mayRetry(method: string, statusCode: number | undefined, code: string | undefined): boolean {
	const idempotent = method !== 'POST';
	if (statusCode !== undefined) return statusCode === 429 || statusCode === 503 || (idempotent && (statusCode === 502 || statusCode === 504));
	if (code === undefined) return false;
	return notSentCodes.has(code) || (idempotent && ambiguousCodes.has(code));
}

/** Retry-After in seconds or as an HTTP date; `undefined` when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
	const text = Array.isArray(value) ? value[0] : value;
	if (!text) return undefined;
	if (/^\s*\d+(\.\d+)?\s*$/.test(text)) return Number(text) * 1000;
	const date = Date.parse(text);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with jitter; at least Retry-After when Talon.One sends it. */
export function retryDelayMs(attempt: number, retryAfterMs: number | undefined, policy: RetryPolicy): number {
	const random = policy.random ?? Math.random;
	if (retryAfterMs !== undefined) return retryAfterMs + random() * Math.min(250, retryAfterMs * 0.2);
	const step = policy.baseDelayMs * 2 ** (attempt - 1);
	return step / 2 + random() * (step / 2);
}

interface RetryableError extends Error {
	statusCode?: number;
	code?: string;
	headers?: Record<string, string | string[] | undefined>;
}

/** Wraps a pool in undici's RetryAgent (passed in: undici is loaded lazily), deciding each retry with the policy above. */
export function retryingDispatcher(RetryAgentClass: typeof RetryAgent, pool: Dispatcher, policy: RetryPolicy): Dispatcher {
	const waited = new WeakMap<object, number>();
	const retry: RetryHandler.RetryCallback = (error, { state, opts }, callback) => {
		const err = error as RetryableError;
		const statusCode = err.statusCode;
		const code = statusCode === undefined ? (err.code ?? (err.cause as { code?: string } | undefined)?.code) : undefined;
		if (state.counter > policy.maxRetries || !mayRetry(opts.method, statusCode, code)) return callback(error);
		// The request's headers object is the same across its attempts, so it keys the wait budget.
		const key = (opts.headers ?? opts) as object;
		const delay = retryDelayMs(state.counter, parseRetryAfter(err.headers?.['retry-after']), policy);
		const total = (waited.get(key) ?? 0) + delay;
		if (total > policy.maxTotalWaitMs) return callback(error);
		waited.set(key, total);
		setTimeout(() => callback(null), delay);
	};
	return new RetryAgentClass(pool, { throwOnError: false, maxRetries: policy.maxRetries, retry });
}
