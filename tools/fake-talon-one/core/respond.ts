import type { ServerResponse } from 'node:http';
import { talonError, type HandlerResult } from './errors';
import type { ResponseFault } from './faults';
import type { RecordedRequest } from './record';

/** Writes a result as the HTTP response (JSON unless the body is text) and records its status. `raw`: body verbatim, no default content-type. */
export function send(res: ServerResponse, record: RecordedRequest, result: HandlerResult, raw = false): void {
	record.status = result.status;
	if (res.destroyed || res.writableEnded) return;
	const headers: Record<string, string | number> = { ...(result.headers || {}) };
	const { status, body } = result;
	if (body === undefined || status === 204 || status === 304 || record.method === 'HEAD') {
		if (status !== 204 && status !== 304) headers['content-length'] = 0;
		res.writeHead(status, headers);
		res.end();
		return;
	}
	let payload: string | Buffer;
	if (typeof body === 'string' || Buffer.isBuffer(body)) {
		payload = body;
		if (!raw && headers['content-type'] === undefined) headers['content-type'] = 'text/plain; charset=utf-8';
	} else {
		payload = JSON.stringify(body);
		if (headers['content-type'] === undefined) headers['content-type'] = 'application/json';
	}
	headers['content-length'] = Buffer.byteLength(payload);
	res.writeHead(status, headers);
	res.end(payload);
}

/** Answers with an injected status or raw-body fault. */
export function sendFault(res: ServerResponse, record: RecordedRequest, fault: ResponseFault): void {
	if (fault.kind === 'rawBody') {
		const headers: Record<string, string> = {};
		if (fault.contentType) headers['content-type'] = fault.contentType;
		send(res, record, { status: fault.status, body: fault.body === undefined ? '' : fault.body, headers }, true);
		return;
	}
	const headers: Record<string, string> = {};
	for (const [k, v] of Object.entries(fault.headers || {})) headers[k.toLowerCase()] = String(v);
	const body = fault.body !== undefined ? fault.body : fault.status >= 400 ? talonError(fault.status, `Injected ${fault.status} fault`) : undefined;
	send(res, record, { status: fault.status, body, headers });
}
