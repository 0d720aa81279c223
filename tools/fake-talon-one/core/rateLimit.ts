import { errorResult, type HandlerResult } from './errors';

export interface RateLimitConfig {
	perSecond: number;
	/** Retry-After header value in seconds (default 1). */
	retryAfterSeconds?: number;
}

/** Counts requests in one-second windows; those beyond `perSecond` in a window are answered 429. */
export class RateLimiter {
	private windowStart = -Infinity;

	private count = 0;

	constructor(private config: RateLimitConfig | null) {}

	set(config: RateLimitConfig | null): void {
		this.config = config || null;
		this.restart();
	}

	restart(): void {
		this.windowStart = -Infinity;
		this.count = 0;
	}

	/** Counts a request arriving at `now` (ms) and tells whether it is over the limit. */
	isLimited(now: number): boolean {
		if (!this.config) return false;
		if (now - this.windowStart >= 1000) {
			this.windowStart = now;
			this.count = 0;
		}
		this.count++;
		return this.count > this.config.perSecond;
	}

	rejection(): HandlerResult {
		const { perSecond, retryAfterSeconds } = this.config ?? { perSecond: 0 };
		const result = errorResult(429, 'Too many requests', `rate limit of ${perSecond} requests per second exceeded`);
		result.headers = { 'retry-after': String(retryAfterSeconds !== undefined ? retryAfterSeconds : 1) };
		return result;
	}
}

/**
 * Talon.One's Management API limit: `perSecond` requests per endpoint (method and path template),
 * each endpoint counted in its own one-second windows; `null` turns it off.
 */
export class EndpointRateLimiter {
	private readonly byEndpoint = new Map<string, RateLimiter>();

	constructor(private perSecond: number | null) {}

	set(perSecond: number | null): void {
		this.perSecond = perSecond;
		this.restart();
	}

	restart(): void {
		this.byEndpoint.clear();
	}

	/** The endpoint's limiter when the request arriving at `now` is over its limit. */
	limitedBy(endpoint: string, now: number): RateLimiter | null {
		if (this.perSecond === null) return null;
		let limiter = this.byEndpoint.get(endpoint);
		if (!limiter) {
			limiter = new RateLimiter({ perSecond: this.perSecond });
			this.byEndpoint.set(endpoint, limiter);
		}
		return limiter.isLimited(now) ? limiter : null;
	}
}
