import { NodeApiError, NodeOperationError, type INode, type JsonObject } from 'n8n-workflow';
import type { ApiResponse } from './client';
import { reachedDetail, type TransportError } from './failures';
import { isBusyMessage } from './retry';

interface TalonOneErrorBody {
	message?: string;
	errors?: Array<{ title?: string; details?: string; source?: { pointer?: string; parameter?: string } }>;
}

/**
 * n8n replaces a message that contains an OS error code anywhere (ECONNRESET, or EPERM inside a host
 * like "keepermart") with its own generic sentence, which can contradict the node's advice. The
 * node's words are put back after n8n's constructor ran.
 */
function keepWording<T extends NodeApiError | NodeOperationError>(error: T, message: string, description?: string): T {
	error.message = message;
	if (description !== undefined) error.description = description;
	return error;
}

type OperationErrorOptions = NonNullable<ConstructorParameters<typeof NodeOperationError>[2]>;

/** A NodeOperationError whose message and description reach the user as written. */
export function operationError(node: INode, message: string, options: OperationErrorOptions = {}): NodeOperationError {
	return keepWording(new NodeOperationError(node, message, options), message, options.description ?? undefined);
}

function apiErrorWithWording(
	node: INode,
	body: JsonObject,
	options: { message: string; description: string; httpCode?: string; itemIndex: number },
): NodeApiError {
	return keepWording(new NodeApiError(node, body, options), options.message, options.description);
}

const statusMessages: Record<number, string> = {
	400: 'Talon.One did not accept the request',
	401: 'Talon.One rejected the API key: check the key and that it belongs to this Application',
	403: 'Talon.One refused access: the key may not be allowed to do this (audience operations may need the API key of the integration that owns the audience)',
	404: 'Talon.One could not find it: check the ID or code',
	405: 'Talon.One does not allow this request here',
	407: 'The proxy between n8n and Talon.One asks for a login: add the user and password to HTTPS_PROXY or HTTP_PROXY in n8n\'s environment',
	409: 'Talon.One reported a conflict: the data changed at the same time or already exists. Check it in Talon.One, then run the item again if needed',
	422: 'Talon.One could not process the data',
	429: "Too many requests: Talon.One's rate limit was reached. Lower Max Parallel Requests or set Max Requests per Second in the node's options",
};

/** Where a redirect points, without a user name, password, query or fragment (they may hold secrets). */
function redirectTarget(response: ApiResponse): string | undefined {
	const location = response.headers.location;
	const text = Array.isArray(location) ? location[0] : location;
	if (!text) return undefined;
	const target = URL.canParse(text) ? new URL(text) : undefined;
	return target ? `${target.origin}${target.pathname}` : text.replace(/[?#].*$/, '');
}

function statusMessage(response: ApiResponse): string {
	const { status } = response;
	if (status === 409 && isBusyMessage(response.body?.message)) {
		return `Talon.One was busy with other changes to the same customer (HTTP 409: "${response.body?.message}"). Another workflow or system is updating this session or profile at the same time: run the item again in a moment`;
	}
	if (statusMessages[status]) return statusMessages[status];
	if (status >= 300 && status < 400) {
		const target = redirectTarget(response);
		return target
			? `The Base URL answers with a redirect (HTTP ${status}) to ${target}: check the Base URL in the Talon.One credential (use the address the redirect points to)`
			: `The Base URL answers with a redirect (HTTP ${status}) without saying where to: check the Base URL in the Talon.One credential`;
	}
	if (status >= 500) return `Talon.One is having trouble (HTTP ${status}): try again later`;
	return `Talon.One answered with HTTP ${status}`;
}

/** Talon.One's own words: the message and each listed problem with where it is. */
export function talonOneDetails(response: ApiResponse): string {
	const body = response.body as TalonOneErrorBody | undefined;
	if (!body) {
		const text = (response.text ?? '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
		if (!text) return 'The answer had no details.';
		return response.problem === 'could not be read as JSON'
			? `The answer was not JSON: "${text.slice(0, 200)}"`
			: `The answer was: ${text.slice(0, 200)}`;
	}
	const lines = typeof body.message === 'string' && body.message ? [`Talon.One says: ${body.message}`] : [];
	for (const problem of Array.isArray(body.errors) ? body.errors : []) {
		const where = problem?.source?.pointer ?? problem?.source?.parameter;
		lines.push(`- ${[problem?.title, problem?.details].filter(Boolean).join(': ')}${where ? ` (at ${where})` : ''}`);
	}
	return lines.length ? lines.join('\n') : 'The answer had no details.';
}

export function apiError(node: INode, response: ApiResponse, itemIndex: number): NodeApiError {
	const talonOneMessage = typeof response.body?.message === 'string' ? response.body.message : undefined;
	const base = statusMessage(response);
	const message = response.status === 400 || response.status === 422 || response.status === 404
		? `${base}${talonOneMessage ? `: ${talonOneMessage}` : ''}`
		: base;
	return apiErrorWithWording(node, (response.body ?? {}) as JsonObject, {
		message,
		description: talonOneDetails(response),
		httpCode: String(response.status),
		itemIndex,
	});
}

export function transportError(node: INode, error: TransportError, itemIndex: number): NodeApiError {
	return apiErrorWithWording(node, {}, { message: error.message, description: error.detail, itemIndex });
}

/** A 2xx answer that is not a JSON object: for a change, it may have been applied, so say so. */
export function unreadableResponseError(node: INode, response: ApiResponse, itemIndex: number): NodeApiError {
	const reached = response.method === 'GET' ? reachedDetail('GET', 'yes') : 'The change may have been applied; check in Talon.One before sending it again.';
	return apiErrorWithWording(node, {}, {
		message: `Talon.One answered HTTP ${response.status} but the answer ${response.problem ?? 'was empty'}`,
		description: `${talonOneDetails(response)}\n${reached}`,
		httpCode: String(response.status),
		itemIndex,
	});
}
