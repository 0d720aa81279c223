import type { Agent, Dispatcher } from 'undici';
import type { AuthScheme, HttpMethod } from '../operations/types';
import { authHeaders } from './auth';
import type { TalonOneCredentials } from './credentials';
import { retryingDispatcher, type RetryPolicy } from './retry';

export interface ApiRequest {
	method: HttpMethod;
	/** Already encoded path, e.g. `/v1/coupon_reservations/A%2FB`. */
	path: string;
	query?: Record<string, string>;
	body?: unknown;
	auth: readonly AuthScheme[];
}

export interface ApiResponse {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	/** Parsed JSON, or `undefined` for an empty body. */
	body: unknown;
	/** The raw text when the body is not JSON. */
	text?: string;
}

/** A failure before a complete response arrived (refused, reset, DNS, TLS, timeout). */
export class TransportError extends Error {
	constructor(
		message: string,
		readonly code: string,
		/** Whether the request may have reached Talon.One (so a retry could apply it twice). */
		readonly mayHaveBeenProcessed: boolean,
	) {
		super(message);
	}
}

type Undici = typeof import('undici');
let undiciModule: Promise<Undici> | undefined;

/**
 * undici is loaded with the first request, not with the node: requiring it takes about 80 ms,
 * and n8n requires every installed node when it starts (`npm run bench`, B4).
 */
function loadUndici(): Promise<Undici> {
	return (undiciModule ??= import('undici'));
}

// One keep-alive pool per origin and TLS setting, shared by every execution in this n8n process.
const agents = new Map<string, Agent>();

function agentFor(undici: Undici, allowUnauthorizedCerts: boolean): Agent {
	const key = allowUnauthorizedCerts ? 'insecure' : 'secure';
	let agent = agents.get(key);
	if (!agent) {
		agent = new undici.Agent({
			keepAliveTimeout: 10_000,
			connections: 64,
			connect: { rejectUnauthorized: !allowUnauthorizedCerts },
		});
		agents.set(key, agent);
	}
	return agent;
}

export interface ClientOptions {
	/** Per attempt: how long to wait for the answer's headers, and then between chunks of its body. */
	timeoutMs: number;
	retry?: RetryPolicy;
}

function describeTransportFailure(error: unknown, host: string, timeoutMs: number): TransportError {
	const err = error as { code?: string; name?: string; cause?: { code?: string } };
	const code = err.code ?? err.cause?.code ?? err.name ?? 'UNKNOWN';
	const check = 'Check the Base URL in the Talon.One credential.';
	switch (code) {
		case 'ECONNREFUSED':
			return new TransportError(`Could not connect to Talon.One at ${host}: the connection was refused. ${check}`, code, false);
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
			return new TransportError(`Could not find the server ${host}. ${check}`, code, false);
		case 'UND_ERR_HEADERS_TIMEOUT':
		case 'UND_ERR_BODY_TIMEOUT':
			return new TransportError(
				`Talon.One did not answer within ${Math.round(timeoutMs / 1000)} s. Try again later, or raise Timeout in the node's options.`,
				'ETIMEDOUT',
				true,
			);
		case 'DEPTH_ZERO_SELF_SIGNED_CERT':
		case 'SELF_SIGNED_CERT_IN_CHAIN':
		case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
		case 'CERT_HAS_EXPIRED':
		case 'ERR_TLS_CERT_ALTNAME_INVALID':
			return new TransportError(
				`The TLS certificate of ${host} is not trusted (${code}). If this is your own test server, turn on Ignore SSL Issues in the credential.`,
				code,
				false,
			);
		default:
			return new TransportError(`The connection to Talon.One at ${host} failed (${code}). Try again later.`, code, true);
	}
}

export class TalonOneClient {
	private transport?: Promise<{ request: Undici['request']; dispatcher: Dispatcher }>;

	constructor(
		private readonly credentials: TalonOneCredentials,
		private readonly options: ClientOptions,
	) {}

	private loadTransport() {
		return (this.transport ??= loadUndici().then((undici) => {
			const pool = agentFor(undici, this.credentials.allowUnauthorizedCerts);
			const retry = this.options.retry;
			const dispatcher = retry && retry.maxRetries > 0 ? retryingDispatcher(undici.RetryAgent, pool, retry) : pool;
			return { request: undici.request, dispatcher };
		}));
	}

	async send(req: ApiRequest): Promise<ApiResponse> {
		const { request, dispatcher } = await this.loadTransport();
		// The bytes that are signed are exactly the bytes that are sent.
		const bodyBytes = req.body === undefined ? new Uint8Array(0) : Buffer.from(JSON.stringify(req.body), 'utf8');
		const headers: Record<string, string> = {
			accept: 'application/json',
			...authHeaders(this.credentials, req.auth, bodyBytes),
		};
		if (req.body !== undefined) headers['content-type'] = 'application/json';
		const search = req.query && Object.keys(req.query).length ? `?${new URLSearchParams(req.query).toString()}` : '';
		const url = `${this.credentials.baseUrl}${req.path}${search}`;
		const host = new URL(this.credentials.baseUrl).host;
		let response: Dispatcher.ResponseData;
		try {
			response = await request(url, {
				method: req.method,
				headers,
				body: req.body === undefined ? undefined : bodyBytes,
				dispatcher,
				headersTimeout: this.options.timeoutMs,
				bodyTimeout: this.options.timeoutMs,
			});
		} catch (error) {
			throw describeTransportFailure(error, host, this.options.timeoutMs);
		}
		let text: string;
		try {
			text = await response.body.text();
		} catch (error) {
			throw describeTransportFailure(error, host, this.options.timeoutMs);
		}
		return { status: response.statusCode, headers: response.headers, ...parseBody(this.redact(text)) };
	}

	/** A proxy or debugging server may echo the request's headers; the answer ends up in errors and output. */
	private redact(text: string): string {
		const { apiKey, applicationKey, managementKey, bearerToken } = this.credentials;
		let result = text;
		for (const secret of [apiKey, applicationKey, managementKey, bearerToken]) {
			if (secret && secret.length >= 8 && result.includes(secret)) result = result.split(secret).join('[redacted]');
		}
		return result;
	}
}

function parseBody(text: string): { body: unknown; text?: string } {
	if (text.trim() === '') return { body: undefined };
	try {
		return { body: JSON.parse(text) };
	} catch {
		return { body: undefined, text };
	}
}
