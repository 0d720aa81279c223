import type { IDataObject } from 'n8n-workflow';
import type { PaginationSpec } from '../operations/types';
import type { ApiRequest, ApiResponse } from '../transport/client';

/** How many records one input item asks for: all, or at most `limit`. */
export interface RecordLimit {
	returnAll: boolean;
	limit: number;
}

interface Page {
	data: IDataObject[];
	hasMore?: boolean;
	totalResultSize?: number;
}

function isPage(body: unknown): body is Page {
	return typeof body === 'object' && body !== null && Array.isArray((body as Page).data);
}

function isLastPage(page: Page, pageSize: number, received: number): boolean {
	if (page.data.length === 0) return true;
	if (typeof page.hasMore === 'boolean') return !page.hasMore;
	if (typeof page.totalResultSize === 'number') return received >= page.totalResultSize;
	return page.data.length < pageSize;
}

/**
 * Sends a paged read until Talon.One says there is no more or the limit is reached. Answers like one
 * request whose body is one page holding every record read (`{ data }`); an error or unreadable page
 * is returned as it came.
 */
export async function sendPaged(
	send: (request: ApiRequest) => Promise<ApiResponse>,
	request: ApiRequest,
	spec: PaginationSpec,
	want: RecordLimit,
): Promise<ApiResponse> {
	const records: IDataObject[] = [];
	for (;;) {
		const pageSize = want.returnAll ? spec.maxPageSize : Math.min(spec.maxPageSize, want.limit - records.length);
		const query = { ...request.query, pageSize: String(pageSize), skip: String(records.length) };
		const response = await send({ ...request, query });
		if (response.status < 200 || response.status >= 300 || !isPage(response.body)) return response;
		records.push(...response.body.data);
		const done = isLastPage(response.body, pageSize, records.length) || (!want.returnAll && records.length >= want.limit);
		if (done) return { ...response, body: { data: want.returnAll ? records : records.slice(0, want.limit) } };
	}
}
