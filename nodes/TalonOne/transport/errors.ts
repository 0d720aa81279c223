import { NodeApiError, type INode, type JsonObject } from 'n8n-workflow';
import type { ApiResponse, TransportError } from './client';

interface TalonOneErrorBody {
	message?: string;
	errors?: Array<{ title?: string; details?: string; source?: { pointer?: string; parameter?: string } }>;
}

const statusMessages: Record<number, string> = {
	400: 'Talon.One did not accept the request',
	401: 'Talon.One rejected the API key: check the key and that it belongs to this Application',
	403: 'Talon.One refused access: the key may not be allowed to do this (audience operations may need the API key of the integration that owns the audience)',
	404: 'Talon.One could not find it: check the ID or code',
	405: 'Talon.One does not allow this request here',
	409: 'Talon.One reported a conflict: the data changed at the same time or already exists. Check it in Talon.One, then run the item again if needed',
	422: 'Talon.One could not process the data',
	429: "Too many requests: Talon.One's rate limit was reached. Lower Max Parallel Requests or set Max Requests per Second in the node's options",
};

function statusMessage(status: number): string {
	if (statusMessages[status]) return statusMessages[status];
	if (status >= 500) return `Talon.One is having trouble (HTTP ${status}): try again later`;
	return `Talon.One answered with HTTP ${status}`;
}

/** Talon.One's own words: the message and each listed problem with where it is. */
export function talonOneDetails(response: ApiResponse): string {
	const body = response.body as TalonOneErrorBody | undefined;
	if (!body || typeof body !== 'object') {
		const text = (response.text ?? '').slice(0, 4000).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
		return text ? `The answer was not JSON: "${text.slice(0, 200)}"` : 'The answer had no details.';
	}
	const lines = body.message ? [`Talon.One says: ${body.message}`] : [];
	for (const problem of body.errors ?? []) {
		const where = problem.source?.pointer ?? problem.source?.parameter;
		lines.push(`- ${[problem.title, problem.details].filter(Boolean).join(': ')}${where ? ` (at ${where})` : ''}`);
	}
	return lines.length ? lines.join('\n') : 'The answer had no details.';
}

export function apiError(node: INode, response: ApiResponse, itemIndex: number): NodeApiError {
	const body = response.body && typeof response.body === 'object' ? (response.body as JsonObject) : {};
	const talonOneMessage = (response.body as TalonOneErrorBody | undefined)?.message;
	const base = statusMessage(response.status);
	const message = response.status === 400 || response.status === 422 || response.status === 404
		? `${base}${talonOneMessage ? `: ${talonOneMessage}` : ''}`
		: base;
	return new NodeApiError(node, body, {
		message,
		description: talonOneDetails(response),
		httpCode: String(response.status),
		itemIndex,
	});
}

export function transportError(node: INode, error: TransportError, itemIndex: number): NodeApiError {
	return new NodeApiError(node, {} as JsonObject, {
		message: error.message,
		description: error.mayHaveBeenProcessed
			? 'The request may or may not have reached Talon.One; check before sending it again.'
			: 'Nothing was sent to Talon.One.',
		itemIndex,
	});
}

/** A 2xx answer that should be JSON but is not: the data may have been applied, so say so. */
export function unreadableResponseError(node: INode, response: ApiResponse, itemIndex: number): NodeApiError {
	return new NodeApiError(node, {} as JsonObject, {
		message: `Talon.One answered HTTP ${response.status} but the answer ${response.text === undefined ? 'was empty' : 'could not be read as JSON'}`,
		description: `${talonOneDetails(response)}\nThe change may have been applied; check in Talon.One before sending it again.`,
		httpCode: String(response.status),
		itemIndex,
	});
}
