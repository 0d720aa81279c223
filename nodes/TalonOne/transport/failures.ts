import { connect as tlsConnect } from 'node:tls';

/** Whether Talon.One got the request: certainly not, perhaps, or certainly (it answered 2xx, then the answer broke). */
export type Reached = 'no' | 'maybe' | 'yes';

/** A failure before a complete, readable answer arrived (refused, reset, DNS, TLS, timeout, too large). */
export class TransportError extends Error {
	constructor(
		message: string,
		readonly code: string,
		readonly reached: Reached,
		/** What this means for the data, in the user's words (the error's description). */
		readonly detail: string,
	) {
		super(message);
	}

	/** Whether the request may have been applied (so a retry could apply it twice). */
	get mayHaveBeenProcessed(): boolean {
		return this.reached !== 'no';
	}
}

/** Where a request failed: before an answer's status line, or while its body was read. */
export type FailurePhase = { stage: 'request' } | { stage: 'answer'; status: number };

export interface FailureContext {
	url: URL;
	method: string;
	timeoutMs: number;
	/** The attempt's deadline passed (headers and body together took longer than the timeout). */
	deadlineHit: boolean;
	phase: FailurePhase;
}

const certificateCodes = new Set([
	'DEPTH_ZERO_SELF_SIGNED_CERT',
	'SELF_SIGNED_CERT_IN_CHAIN',
	'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
	'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
	'CERT_HAS_EXPIRED',
	'CERT_NOT_YET_VALID',
	'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** The error's code: Node's and undici's `code`, the code of its cause, or its name. */
export function errorCode(error: unknown): string {
	const err = error as { code?: unknown; name?: unknown; cause?: { code?: unknown } } | undefined;
	for (const candidate of [err?.code, err?.cause?.code, err?.name]) if (typeof candidate === 'string' && candidate) return candidate;
	return 'UNKNOWN';
}

/** What a failure means for the data, by method and by how far the request got. */
export function reachedDetail(method: string, reached: Reached, status?: number): string {
	if (method === 'GET') return 'Nothing was changed: this operation only reads from Talon.One.';
	if (reached === 'no') return 'Nothing was sent to Talon.One.';
	if (reached === 'yes') {
		return `Talon.One accepted the request (HTTP ${status}), so the change was applied, but its answer could not be read; check the result in Talon.One before sending it again.`;
	}
	return 'The request may or may not have reached Talon.One; check before sending it again.';
}

/** A broken answer says as much as its status: 2xx was applied, 4xx refused, 5xx unknown. */
export function reachedByStatus(status: number): Reached {
	if (status < 300) return 'yes';
	return status >= 500 ? 'maybe' : 'no';
}

/**
 * Whether the server at `host:port` completes a TLS handshake: a plain `http://` request to a
 * TLS port is closed without an answer, and then nothing was processed.
 */
async function speaksTls(url: URL, timeoutMs: number): Promise<boolean> {
	return await new Promise((resolve) => {
		const socket = tlsConnect({ host: url.hostname, port: Number(url.port || 80), rejectUnauthorized: false, timeout: timeoutMs });
		const done = (result: boolean) => {
			socket.destroy();
			resolve(result);
		};
		socket.once('secureConnect', () => done(true));
		socket.once('error', () => done(false));
		socket.once('timeout', () => done(false));
	});
}

/** Names the request's failure in plain words, and whether Talon.One may have applied it. */
export async function describeFailure(error: unknown, context: FailureContext): Promise<TransportError> {
	const { url, method, phase } = context;
	const host = url.host;
	const code = errorCode(error);
	const message = String((error as { message?: unknown } | undefined)?.message ?? '');
	const check = 'Check the Base URL in the Talon.One credential.';
	const fail = (text: string, reached: Reached, failureCode = code) =>
		new TransportError(text, failureCode, reached, reachedDetail(method, reached, phase.stage === 'answer' ? phase.status : undefined));
	const answerReached = phase.stage === 'answer' ? reachedByStatus(phase.status) : 'maybe';

	if (context.deadlineHit || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
		return fail(
			`Talon.One did not answer within ${Math.round(context.timeoutMs / 1000)} s. Try again later, or raise Timeout in the node's options.`,
			answerReached,
			phase.stage === 'answer' ? 'UND_ERR_BODY_TIMEOUT' : 'UND_ERR_HEADERS_TIMEOUT',
		);
	}
	if (error instanceof TransportError) return error;
	if (phase.stage === 'answer' && code.startsWith('Z_')) {
		return fail(`Talon.One's answer (HTTP ${phase.status}) could not be decompressed (${code}).`, answerReached);
	}
	if (phase.stage === 'answer') {
		return fail(
			`The connection to Talon.One at ${host} broke while its answer (HTTP ${phase.status}) was being read (${code}). Try again later.`,
			answerReached,
		);
	}
	const refused = error as { address?: string; port?: number };
	const effectivePort = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
	if (code === 'ECONNREFUSED' && refused.port !== undefined && refused.port !== effectivePort) {
		return fail(
			`Could not connect to the proxy at ${refused.address}:${refused.port}: the connection was refused. Check HTTPS_PROXY and HTTP_PROXY in n8n's environment.`,
			'no',
		);
	}
	if (code === 'ECONNREFUSED') return fail(`Could not connect to Talon.One at ${host}: the connection was refused. ${check}`, 'no');
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return fail(`Could not find the server ${host}. ${check}`, 'no');
	if (certificateCodes.has(code)) {
		return fail(
			`The TLS certificate of ${host} is not trusted (${code}). If this is your own test server, turn on Ignore SSL Issues in the credential.`,
			'no',
		);
	}
	if (code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_') || code === 'EPROTO') {
		return fail(
			`Could not set up a secure (https) connection to ${host} (${code}): the server does not speak TLS on this port. ${check}`,
			'no',
		);
	}
	if (code === 'HTTPParserError' && message.includes('Expected HTTP/')) {
		return fail(`The server at ${host} did not answer in HTTP, so it is not Talon.One. ${check}`, 'no');
	}
	if (/^Proxy response \(\d+\)/.test(message)) {
		const status = /\((\d+)\)/.exec(message)![1];
		return fail(
			`The proxy refused to connect to ${host} (HTTP ${status}). Check HTTPS_PROXY, HTTP_PROXY and NO_PROXY in n8n's environment.`,
			'no',
		);
	}
	const silentlyClosed = (error as { socket?: { bytesRead?: number } }).socket?.bytesRead === 0;
	if (url.protocol === 'http:' && silentlyClosed && (await speaksTls(url, Math.min(context.timeoutMs, 5000)))) {
		return fail(`The server at ${host} expects a secure connection: change the Base URL to start with https://.`, 'no');
	}
	return fail(`The connection to Talon.One at ${host} failed (${code}). Try again later.`, 'maybe');
}
