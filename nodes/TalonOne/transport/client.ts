import type { IDataObject } from 'n8n-workflow';
import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
import type { Dispatcher } from 'undici';
import { parseJson } from '../fields/json';
import type { AuthScheme, HttpMethod } from './types';
import { ACCEPTED_ENCODINGS, readAnswer } from './answer';
import { authHeaders, isManagementOnly } from './auth';
import type { TalonOneCredentials } from './credentials';
import { dispatcherFor, loadUndici } from './dispatcher';
import { endpointKey, managementPace } from './endpointPace';
import { TransportError, describeFailure, errorCode, reachedDetail, type FailurePhase } from './failures';
import { queryString, type QueryValues } from './query';
import { Redactor } from './redact';
import { RetryBudget, isBusyConflict, isIdempotent, mayRetry, mayRetryAnswer, mayRetryBrokenAnswer, parseRetryAfter, type RetryPolicy } from './retry';
import { userAgent } from './userAgent';

export { TransportError } from './failures';

export interface ApiRequest {
	method: HttpMethod;
	/** Already encoded path, e.g. `/v1/coupon_reservations/A%2FB`. */
	path: string;
	/** The path template, e.g. `/v1/coupon_reservations/{couponValue}`: the endpoint Management requests are paced by (default: `path`). */
	template?: string;
	query?: QueryValues;
	body?: unknown;
	auth: readonly AuthScheme[];
	/** Safe to send twice (see `OperationDefinition.idempotent`); default: every method but POST. */
	idempotent?: boolean;
	/** The answer is a list of objects, handed on as `{ data: [...] }`; any other answer must be an object. */
	answerIsList?: boolean;
}

export interface ApiResponse {
	method: HttpMethod;
	status: number;
	headers: Record<string, string | string[] | undefined>;
	/** The answer when it is a JSON object (every answer of Talon.One's is), with secrets redacted. */
	body?: IDataObject;
	/** The start of the answer, redacted, when it is not a JSON object. */
	text?: string;
	/** Why `text` is not a usable answer, e.g. "could not be read as JSON". */
	problem?: string;
}

/** What one attempt told about Talon.One's load, for pacing the node's requests. */
export interface AttemptReport {
	/** `undefined` when no answer arrived (refused, reset, timeout). */
	status?: number;
	/** When the attempt started and how long its answer took, in ms (`performance.now()`). */
	startedAt: number;
	latencyMs: number;
	/** The answer's Retry-After, in ms, when readable. */
	retryAfterMs?: number;
	/** Talon.One's 409 "too many requests are updating this session (profile) at the same time". */
	busy: boolean;
}

/** Sees every attempt of every request: may hold an attempt back before it starts, and learns from its outcome. */
export interface AttemptObserver {
	beforeAttempt(): Promise<void>;
	afterAttempt(report: AttemptReport): void;
}

export interface ClientOptions {
	/** One deadline per attempt, for the answer's headers and its whole body together. */
	timeoutMs: number;
	retry?: RetryPolicy;
	observer?: AttemptObserver;
}

/** How much of an answer that is not a JSON object is kept for error messages. */
const SHOWN_TEXT_LENGTH = 4000;

function describeJson(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	return `a ${typeof value === 'boolean' ? 'true/false value' : typeof value === 'number' ? 'number' : 'text'}`;
}

type Attempt = { answer: { status: number; headers: ApiResponse['headers']; text: string } } | { failure: TransportError; phase: FailurePhase };

export class TalonOneClient {
	private readonly redactor: Redactor;
	private dispatcher: Dispatcher | undefined;

	constructor(
		private readonly credentials: TalonOneCredentials,
		private readonly options: ClientOptions,
	) {
		const { apiKey, applicationKey, managementKey, bearerToken } = credentials;
		this.redactor = new Redactor([apiKey, applicationKey, managementKey, bearerToken]);
	}

	/** Secrets of this credential replaced in a text shown to the user. */
	redact(text: string): string {
		return this.redactor.text(text);
	}

	/** The request's bytes and headers; a failure here means nothing was sent. */
	private prepare(req: ApiRequest): { url: URL; headers: Record<string, string>; body?: Buffer } {
		try {
			// The bytes that are signed are exactly the bytes that are sent.
			const body = req.body === undefined ? undefined : Buffer.from(JSON.stringify(req.body), 'utf8');
			const headers: Record<string, string> = {
				accept: 'application/json',
				'accept-encoding': ACCEPTED_ENCODINGS,
				'user-agent': userAgent(),
				...authHeaders(this.credentials, req.auth, body ?? new Uint8Array(0)),
			};
			if (body) headers['content-type'] = 'application/json';
			return { url: new URL(`${this.credentials.baseUrl}${req.path}${queryString(req.query)}`), headers, body };
		} catch (error) {
			const code = errorCode(error);
			const message = this.redact(`The request could not be prepared (${code}: ${(error as Error).message}).`);
			// eslint-disable-next-line @n8n/community-nodes/require-node-api-error -- internal; the router turns it into a NodeApiError for each item
			throw new TransportError(message, code, 'no', reachedDetail(req.method, 'no'));
		}
	}

	async send(req: ApiRequest): Promise<ApiResponse> {
		const { url, headers, body } = this.prepare(req);
		const undici = await loadUndici();
		// Once per client (one node run): the pool depends on the proxy environment, which takes ~1 µs to read.
		const dispatcher = (this.dispatcher ??= dispatcherFor(undici, this.credentials.allowUnauthorizedCerts));
		const budget = new RetryBudget(this.options.retry);
		const paced = isManagementOnly(req.auth) ? endpointKey(this.credentials.baseUrl, req.method, req.template ?? req.path) : undefined;
		const idempotent = isIdempotent(req);
		const observer = this.options.observer;
		for (;;) {
			const answered = paced ? await managementPace.turn(paced) : undefined;
			let attempt: Attempt;
			let startedAt: number;
			try {
				await observer?.beforeAttempt();
				startedAt = performance.now();
				attempt = await this.attempt(dispatcher, url, { method: req.method, headers, body });
			} finally {
				answered?.();
			}
			let retryAfter: string | string[] | undefined;
			let retry: boolean;
			if ('answer' in attempt) {
				const { status, text } = attempt.answer;
				retryAfter = attempt.answer.headers['retry-after'];
				retry = mayRetryAnswer(req.method, status, text, idempotent);
				observer?.afterAttempt({
					status,
					startedAt,
					latencyMs: performance.now() - startedAt,
					retryAfterMs: parseRetryAfter(retryAfter),
					busy: isBusyConflict(status, text),
				});
			} else {
				observer?.afterAttempt({ startedAt, latencyMs: performance.now() - startedAt, busy: false });
				const { failure, phase } = attempt;
				retry =
					phase.stage === 'answer'
						? mayRetryBrokenAnswer(req.method, phase.status, failure.code, idempotent)
						: mayRetry(req.method, undefined, failure.code, idempotent);
			}
			const delay = retry ? budget.nextDelay(retryAfter) : undefined;
			if (delay === undefined) {
				if ('failure' in attempt) throw attempt.failure;
				const { status, headers: answerHeaders, text } = attempt.answer;
				return { method: req.method, status, headers: this.redactor.value(answerHeaders), ...this.interpret(text, req.answerIsList === true) };
			}
			await new Promise((resolve) => setTimeout(resolve, delay));
		}
	}

	/** One attempt, with one deadline for the answer's headers and body together. */
	private async attempt(
		dispatcher: Dispatcher,
		url: URL,
		options: { method: HttpMethod; headers: Record<string, string>; body?: Buffer },
	): Promise<Attempt> {
		const { timeoutMs } = this.options;
		// undici takes an EventEmitter as the signal too ("abort" event): an AbortController and its
		// listener cost about 15 µs of CPU per request (`npm run bench`, B3).
		const deadline = new EventEmitter();
		let deadlineHit = false;
		const timer = setTimeout(() => {
			deadlineHit = true;
			deadline.emit('abort');
		}, timeoutMs);
		let phase: FailurePhase = { stage: 'request' };
		try {
			const { method, headers, body } = options;
			// undici's own header and body timers are off: the deadline covers both. The dispatcher's own
			// `request`, not undici's: that one adds origin and path to a spread copy of the options, which
			// Node 20's V8 does some 300 times slower than listing them (~2 µs per request).
			const path = `${url.pathname}${url.search}`;
			const response = await dispatcher.request({ origin: url.origin, path, method, headers, body, signal: deadline, headersTimeout: 0, bodyTimeout: 0 });
			phase = { stage: 'answer', status: response.statusCode };
			const text = await readAnswer(response.body, { method: options.method, status: response.statusCode, headers: response.headers });
			return { answer: { status: response.statusCode, headers: response.headers, text } };
		} catch (error) {
			const failure = await describeFailure(error, { url, method: options.method, timeoutMs, deadlineHit, phase });
			return { failure: new TransportError(this.redact(failure.message), failure.code, failure.reached, failure.detail), phase };
		} finally {
			clearTimeout(timer);
		}
	}

	/** The answer as Talon.One sends it (a JSON object) or as text for the error message; secrets redacted either way. */
	private interpret(text: string, answerIsList: boolean): Pick<ApiResponse, 'body' | 'text' | 'problem'> {
		if (text.trim() === '') return {};
		const parsed = parseJson(text);
		if (answerIsList && parsed.ok && Array.isArray(parsed.value) && parsed.value.every((entry) => entry !== null && typeof entry === 'object' && !Array.isArray(entry))) {
			return { body: this.redactor.value({ data: parsed.value as IDataObject[] }) };
		}
		if (parsed.ok && parsed.value !== null && typeof parsed.value === 'object' && !Array.isArray(parsed.value)) {
			return { body: this.redactor.parsed(parsed.value as IDataObject, text) };
		}
		return {
			text: this.redact(text.slice(0, SHOWN_TEXT_LENGTH)),
			problem: parsed.ok ? `was JSON ${describeJson(parsed.value)}, not an object` : 'could not be read as JSON',
		};
	}
}
