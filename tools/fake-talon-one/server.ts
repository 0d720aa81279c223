import http from 'node:http';
import https from 'node:https';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { contentSignature } from './core/auth';
import { Delays } from './core/delays';
import { errorResult, type HandlerResult } from './core/errors';
import { receive, type ExchangeHost, type OperationInput } from './core/exchange';
import { FaultInjector, type FaultRule } from './core/faults';
import { mulberry32 } from './core/random';
import { EndpointRateLimiter, RateLimiter, type RateLimitConfig } from './core/rateLimit';
import { Recorder } from './core/record';
import { getSpec, type CompiledOperation } from './core/spec';
import { DEFAULT_SEED, resolveOptions, type FakeTalonOneOptions } from './options';
import { NotificationSender } from './notifications/sender';
import { notifyChanges, snapshot } from './notifications/watch';
import { handlers } from './resources';
import { seed } from './seed';
import { createState, type State } from './state';

/**
 * A fake Talon.One on loopback: the operations of the spec fixtures with their auth, validation
 * and in-memory state, plus what tests need to provoke and observe (latency, rate limit, faults,
 * recorded requests and writes).
 */
export class FakeTalonOne {
	/** Resolved credentials and settings. */
	readonly options: { host: string; apiKey: string; applicationId: number; applicationKey: string; managementKey: string; bearerToken: string; demo: boolean; tls: boolean };

	url = '';

	port = 0;

	readonly server: http.Server;

	state: State;

	/** Notifications to a URL (off until `notifications.configure({ url, headers })`): state changes and `send()`. */
	readonly notifications = new NotificationSender();

	private readonly recorder: Recorder;

	private readonly injector: FaultInjector;

	private readonly limiter: RateLimiter;

	private readonly endpointLimiter: EndpointRateLimiter;

	private readonly delays = new Delays();

	private readonly seed: number;

	private readonly requestedPort: number;

	private latencyMs: number;

	private codeRandom: () => number;

	constructor(options: FakeTalonOneOptions = {}) {
		const o = resolveOptions(options);
		const { host, apiKey, applicationId, applicationKey, managementKey, bearerToken } = o;
		this.options = { host, apiKey, applicationId, applicationKey, managementKey, bearerToken, demo: !!o.demo, tls: !!o.tls };
		this.seed = o.seed === undefined ? DEFAULT_SEED : o.seed;
		this.latencyMs = o.latencyMs || 0;
		this.recorder = new Recorder(o.recordRequests !== false);
		this.limiter = new RateLimiter(o.rateLimit || null);
		this.endpointLimiter = new EndpointRateLimiter(o.managementRateLimit);
		this.injector = new FaultInjector(this.seed);
		this.codeRandom = mulberry32(this.seed ^ 0x5eed);
		this.state = this.seededState();
		this.requestedPort = o.port || 0;
		getSpec(); // compile the validators up front (cached per process)
		const exchangeHost: ExchangeHost = {
			recorder: this.recorder,
			faults: this.injector,
			limiter: this.limiter,
			endpointLimiter: this.endpointLimiter,
			delays: this.delays,
			auth: { apiKey, managementKey, bearerToken, applicationId, appKeyBytes: Buffer.from(applicationKey, 'hex') },
			latencyMs: () => this.latencyMs,
			apply: (op, input) => this.apply(op, input),
		};
		const listener: http.RequestListener = (req, res) => receive(exchangeHost, req, res);
		this.server = o.tls ? https.createServer({ key: o.tls.key, cert: o.tls.cert }, listener) : http.createServer(listener);
		this.server.keepAliveTimeout = 30_000;
		this.server.headersTimeout = 35_000;
		this.server.requestTimeout = 0;
	}

	get requests() {
		return this.recorder.requests;
	}

	get writes() {
		return this.recorder.writes;
	}

	/** Requests received and not yet answered. */
	get inFlight(): number {
		return this.recorder.inFlight;
	}

	/** The most requests in flight at once since the last reset. */
	get maxInFlight(): number {
		return this.recorder.maxInFlight;
	}

	/** Active fault rules with their `remaining` and `fired` counters. */
	get faults() {
		return this.injector.rules;
	}

	/** When false, `requests` stays empty (long benchmarks); writes are always recorded. */
	get recordRequests(): boolean {
		return this.recorder.recordRequests;
	}

	set recordRequests(record: boolean) {
		this.recorder.recordRequests = record;
	}

	async listen(): Promise<this> {
		this.server.listen(this.requestedPort, this.options.host);
		await once(this.server, 'listening');
		const addr = this.server.address() as AddressInfo;
		this.port = addr.port;
		const host = addr.family === 'IPv6' || (addr.family as unknown) === 6 ? `[${addr.address}]` : addr.address;
		this.url = `${this.options.tls ? 'https' : 'http'}://${host}:${addr.port}`;
		return this;
	}

	setLatency(ms: number): void {
		this.latencyMs = Math.max(0, Number(ms) || 0);
	}

	setRateLimit(config: RateLimitConfig | null): void {
		this.limiter.set(config);
	}

	/** Talon.One's Management API limit in requests per second per endpoint (3 by default); `null` turns it off. */
	setManagementRateLimit(perSecond: number | null): void {
		this.endpointLimiter.set(perSecond);
	}

	/** Replaces the fault rules (and re-seeds the PRNG used by `fraction`). */
	setFaults(rules: FaultRule[], opts: { seed?: number } = {}): void {
		this.injector.set(rules, opts.seed === undefined ? this.seed : opts.seed);
	}

	/** Clears requests, writes, faults, the rate-limit window and the state (re-seeding demo data when enabled); delayed answers still pending are never sent. */
	reset(): void {
		this.delays.cancelAll();
		this.recorder.clear();
		this.injector.clear();
		this.codeRandom = mulberry32(this.seed ^ 0x5eed);
		this.limiter.restart();
		this.endpointLimiter.restart();
		this.state = this.seededState();
	}

	/** `Authorization` header value for the API key: 'ApiKey-v1 <apiKey>'. */
	apiKeyAuthorization(): string {
		return `ApiKey-v1 ${this.options.apiKey}`;
	}

	/** `Content-Signature` header value for a raw body: 'signer=<applicationId>; signature=<hex hmac-md5>'. */
	contentSignature(body: string | Buffer): string {
		return contentSignature(this.options.applicationId, this.options.applicationKey, body);
	}

	/** Closes the server including idle keep-alive sockets; cancels pending delayed answers. */
	async close(): Promise<void> {
		this.delays.cancelAll();
		this.notifications.close();
		if (!this.server.listening) return;
		const closed = new Promise((resolve) => this.server.close(() => resolve(undefined)));
		this.server.closeAllConnections();
		await closed;
	}

	private seededState(): State {
		const state = createState(this.options.applicationId);
		seed(state, this.options.demo);
		return state;
	}

	/**
	 * Applies an operation to the state as an accepted request would, without recording a request or
	 * a write: the data a test starts from (e.g. a closed order before a return). Throws when refused.
	 */
	given(operationId: string, input: Partial<OperationInput>): unknown {
		const result = this.run(operationId, { pathParams: {}, query: {}, body: undefined, ...input }, () => undefined);
		if (result.status >= 300) throw new Error(`${operationId} refused: ${JSON.stringify(result.body)}`);
		return result.body;
	}

	private apply(op: CompiledOperation, input: OperationInput): HandlerResult {
		const { operationId } = op;
		return this.run(operationId, input, (entityKey, body) => this.recorder.write(operationId, entityKey, body));
	}

	private run(operationId: string, input: OperationInput, write: (entityKey: string, body: unknown) => void): HandlerResult {
		if (!(operationId in handlers)) {
			return errorResult(501, `The fake Talon.One does not implement ${operationId} yet`);
		}
		const before = this.notifications.active ? snapshot(this.state) : null;
		const result = handlers[operationId]({
			state: this.state,
			operationId,
			pathParams: input.pathParams,
			query: input.query,
			body: input.body,
			now: new Date().toISOString(),
			write,
			random: this.codeRandom,
		});
		if (before && result.status < 300) notifyChanges(before, this.state, this.notifications);
		return result;
	}
}

/** Starts a fake Talon.One server and resolves once it is listening. */
export async function startFakeTalonOne(options: FakeTalonOneOptions = {}): Promise<FakeTalonOne> {
	return await new FakeTalonOne(options).listen();
}
