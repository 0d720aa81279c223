import type { RateLimitConfig } from './core/rateLimit';

export const DEFAULTS = {
	host: '127.0.0.1',
	apiKey: 'test-api-key-0123456789abcdef',
	applicationId: 1,
	applicationKey: '0123456789abcdef0123456789abcdef',
	managementKey: 'test-management-key-abcdef0123',
	bearerToken: 'test-bearer-token-abcdef0123',
	/** Talon.One's Management API limit: requests per second per endpoint. */
	managementRateLimit: 3 as number | null,
};

export const DEFAULT_SEED = 0x7a10e1;

export interface FakeTalonOneOptions {
	/** Default 0: any free port. */
	port?: number;
	/** Default '127.0.0.1'. */
	host?: string;
	apiKey?: string;
	applicationId?: number;
	/** Hex. */
	applicationKey?: string;
	managementKey?: string;
	bearerToken?: string;
	latencyMs?: number;
	/** Seeds demo profiles, an audience, a reservation and a referral. */
	demo?: boolean;
	/** Serve HTTPS with this key and certificate (PEM). */
	tls?: { key: string | Buffer; cert: string | Buffer };
	rateLimit?: RateLimitConfig | null;
	/** Requests per second per Management API endpoint, answered 429 beyond (default 3, as Talon.One); `null` turns it off. */
	managementRateLimit?: number | null;
	/** PRNG seed for fault fractions and generated referral codes. */
	seed?: number;
	/** Default true; false keeps `requests` empty (memory for very long benchmarks). */
	recordRequests?: boolean;
}

/** The options with DEFAULTS for what is left out (or given as undefined). */
export function resolveOptions(options: FakeTalonOneOptions) {
	const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as FakeTalonOneOptions;
	const o = { ...DEFAULTS, ...given };
	if (!/^([0-9a-fA-F]{2})+$/.test(o.applicationKey)) throw new TypeError('applicationKey must be a hex string');
	return o;
}
