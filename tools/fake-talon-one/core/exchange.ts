/**
 * One request, start to answer: record -> fault rule? -> rate limit -> read body -> latency/delay
 * -> route (404/405) -> auth (401) -> size (413) -> params/body validation (400) -> the operation
 * (state change + writes) -> response.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { authenticate, type AuthFailure, type AuthSecrets } from './auth';
import { MAX_BODY_BYTES, readBody, type ReceivedBody } from './body';
import type { Delays } from './delays';
import { busyConflict, errorResult, talonError, type HandlerResult } from './errors';
import { isResponseFault, type ActiveFault, type FaultInjector } from './faults';
import type { EndpointRateLimiter, RateLimiter } from './rateLimit';
import type { RecordedRequest, Recorder } from './record';
import { send, sendFault } from './respond';
import { matchRoute, type CompiledOperation } from './spec';
import { parseTarget } from './target';
import { validateBody, validateParams } from './validate';

/** A validated request, as the operation gets it. */
export interface OperationInput {
	pathParams: Record<string, unknown>;
	query: Record<string, unknown>;
	body: unknown;
}

/** What the request flow uses of the server. */
export interface ExchangeHost {
	recorder: Recorder;
	faults: FaultInjector;
	limiter: RateLimiter;
	/** The Management API's limit per endpoint. */
	endpointLimiter: EndpointRateLimiter;
	delays: Delays;
	auth: AuthSecrets;
	latencyMs: () => number;
	/** Runs the operation against the state; its result is the answer. */
	apply: (op: CompiledOperation, input: OperationInput) => HandlerResult;
}

interface Exchange extends ReceivedBody {
	req: IncomingMessage;
	res: ServerResponse;
	record: RecordedRequest;
	route: ReturnType<typeof matchRoute>;
	op: CompiledOperation | null;
	badEncoding: boolean;
	fault: ActiveFault | null;
	/** The limiter that refuses the request, if any. */
	limited: RateLimiter | null;
}

type Checked = { refused: HandlerResult } | ({ op: CompiledOperation } & Omit<OperationInput, 'body'>);

const decodeParams = (raw: Record<string, string>) =>
	Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.includes('%') ? decodeURIComponent(v) : v]));

export function receive(host: ExchangeHost, req: IncomingMessage, res: ServerResponse): void {
	const receivedAt = performance.now();
	const rawTarget = req.url || '/';
	const method = (req.method || 'GET').toUpperCase();
	const { pathname, decodedPath, badEncoding, query, queryValues } = parseTarget(rawTarget);
	const route = badEncoding ? null : matchRoute(pathname);
	const op = route?.route.byMethod.get(method) ?? null;
	const record: RecordedRequest = {
		method,
		rawTarget,
		path: decodedPath,
		pathParams: route ? decodeParams(route.rawParams) : {},
		query,
		queryValues,
		headers: { ...req.headers },
		bodyText: '',
		body: undefined,
		status: undefined,
		receivedAt,
		operationId: op?.operationId,
	};
	host.recorder.received(record, res);
	const fault = host.faults.rules.length ? host.faults.take(record) : null;
	if (fault?.kind === 'resetBeforeBody') {
		record.status = 'reset';
		req.socket.destroy();
		return;
	}
	const limited = fault ? null : limiterRefusing(host, op, receivedAt);
	readBody(req, record, (body) => {
		const exchange: Exchange = { req, res, record, route, op, badEncoding, fault, limited, ...body };
		host.delays.run(host.latencyMs() + (fault?.kind === 'delay' ? fault.ms : 0), () => answer(host, exchange));
	});
}

/** Management API operations (only Management credentials in their `security`) are limited per endpoint too. */
function isManagement(op: CompiledOperation): boolean {
	return op.security.length > 0 && op.security.every((scheme) => scheme === 'management_key' || scheme === 'manager_auth');
}

function limiterRefusing(host: ExchangeHost, op: CompiledOperation | null, now: number): RateLimiter | null {
	if (host.limiter.isLimited(now)) return host.limiter;
	return op && isManagement(op) ? host.endpointLimiter.limitedBy(`${op.method} ${op.path}`, now) : null;
}

function answer(host: ExchangeHost, x: Exchange): void {
	try {
		respond(host, x);
	} catch (e) {
		const details = String((e as Error)?.stack || e);
		send(x.res, x.record, { status: 500, body: talonError(500, 'Internal fake server error', [{ title: 'Internal Server Error', details, source: {} }]) });
	}
}

function respond(host: ExchangeHost, x: Exchange): void {
	const { fault } = x;
	if (isResponseFault(fault) && !fault.apply) return sendFault(x.res, x.record, fault);
	if (fault?.kind === 'busy') return send(x.res, x.record, busyConflict(x.record.path));
	const checked = check(host, x);
	if ('refused' in checked) return send(x.res, x.record, checked.refused);
	const { op, pathParams, query } = checked;
	const result = host.apply(op, { pathParams, query, body: op.requestBody ? x.parsed.value : undefined });
	if (fault?.kind === 'resetAfterApply') {
		x.record.status = 'reset';
		x.req.socket.destroy();
		return;
	}
	if (isResponseFault(fault)) return sendFault(x.res, x.record, fault);
	send(x.res, x.record, result);
}

function check(host: ExchangeHost, x: Exchange): Checked {
	if (x.limited) return { refused: x.limited.rejection() };
	if (x.badEncoding) return { refused: errorResult(400, 'Malformed percent-encoding in request path', undefined, { pointer: '/path' }) };
	if (!x.op) return { refused: noOperation(x) };
	const authFailure = authenticate(host.auth, x.op.security, x.req.headers, x.raw);
	if (authFailure) return { refused: unauthorized(authFailure) };
	if (x.tooLarge) return { refused: errorResult(413, 'Request body too large', `at most ${MAX_BODY_BYTES} bytes`) };
	const params = validateParams(x.op, x.record.pathParams, x.record.queryValues);
	if ('error' in params) return { refused: params.error };
	const bodyError = validateBody(x.op, x.record.bodyText, x.parsed);
	if (bodyError) return { refused: bodyError };
	return { op: x.op, ...params };
}

function noOperation(x: Exchange): HandlerResult {
	if (!x.route) return errorResult(404, 'Not found', `no route for ${x.record.method} ${x.record.path}`);
	const allow = [...x.route.route.byMethod.keys()].join(', ');
	const result = errorResult(405, 'Method not allowed', `${x.record.method} is not allowed on ${x.route.route.template}; allowed: ${allow}`);
	result.headers = { allow };
	return result;
}

const unauthorized = (failure: AuthFailure): HandlerResult => ({
	status: 401,
	body: talonError(401, 'Unauthorized', [{ title: 'Unauthorized', details: failure.details, source: { pointer: failure.pointer } }]),
});
