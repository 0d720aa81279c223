import type { IDataObject } from 'n8n-workflow';
import type { ApiRequest, ApiResponse } from '../transport/client';

/**
 * Sends an update that replaces the whole object: reads the object first and sends its current
 * `keys` with the item's values over them, so only what the item sets changes. A failed read is
 * returned as the answer (nothing is changed then).
 */
export async function sendKeepingCurrent(
	send: (request: ApiRequest) => Promise<ApiResponse>,
	request: ApiRequest,
	keys: readonly string[],
): Promise<ApiResponse> {
	const current = await send({ ...request, method: 'GET', query: undefined, body: undefined });
	if (current.status < 200 || current.status >= 300 || !current.body) return current;
	const body = current.body;
	const kept = Object.fromEntries(keys.filter((key) => body[key] !== undefined && body[key] !== null).map((key) => [key, body[key]]));
	return await send({ ...request, body: { ...kept, ...(request.body as IDataObject | undefined) } });
}
