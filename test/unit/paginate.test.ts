import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendPaged } from '../../nodes/TalonOne/execute/paginate';
import { TalonOneClient, type ApiRequest } from '../../nodes/TalonOne/transport/client';
import { parseCredentials } from '../../nodes/TalonOne/transport/credentials';

type Style = 'hasMore' | 'totalResultSize' | 'shortPage';

/** A loopback API with `total` records, answering pageSize/skip in one of Talon.One's three page styles. */
async function pagedServer(total: number, style: Style): Promise<{ server: Server; url: string; queries: URLSearchParams[] }> {
	const queries: URLSearchParams[] = [];
	const server = createServer((req, res) => {
		const query = new URL(req.url ?? '/', 'http://x').searchParams;
		queries.push(query);
		const skip = Number(query.get('skip'));
		const pageSize = Number(query.get('pageSize'));
		const data = Array.from({ length: Math.max(0, Math.min(pageSize, total - skip)) }, (_v, i) => ({ id: skip + i + 1 }));
		const page =
			style === 'hasMore' ? { hasMore: skip + data.length < total, data } : style === 'totalResultSize' ? { totalResultSize: total, data } : { data };
		res.setHeader('content-type', 'application/json');
		res.end(JSON.stringify(page));
	});
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, queries };
}

const request: ApiRequest = { method: 'GET', path: '/v1/things', query: { state: 'running' }, auth: ['apiKey'] };

async function read(total: number, style: Style, want: { returnAll: boolean; limit: number }, maxPageSize = 10) {
	const { server, url, queries } = await pagedServer(total, style);
	try {
		const client = new TalonOneClient(parseCredentials({ baseUrl: url, authentication: 'apiKey', apiKey: 'k-123456789' }), { timeoutMs: 5000 });
		const response = await sendPaged((r) => client.send(r), request, { maxPageSize }, want);
		return { response, queries };
	} finally {
		server.close();
	}
}

describe('paged reads: Return All / Limit over pageSize and skip', () => {
	test.each<Style>(['hasMore', 'totalResultSize', 'shortPage'])('Return All reads every record, page by page (%s)', async (style) => {
		const { response, queries } = await read(25, style, { returnAll: true, limit: 50 });
		expect((response.body?.data as Array<{ id: number }>).map((r) => r.id)).toEqual(Array.from({ length: 25 }, (_v, i) => i + 1));
		expect(queries.map((q) => [q.get('pageSize'), q.get('skip'), q.get('state')])).toEqual([
			['10', '0', 'running'],
			['10', '10', 'running'],
			['10', '20', 'running'],
		]);
	});

	test('a total that is a multiple of the page size ends with one empty page when Talon.One only says so by an empty page', async () => {
		const { response, queries } = await read(20, 'shortPage', { returnAll: true, limit: 50 });
		expect(response.body?.data).toHaveLength(20);
		expect(queries).toHaveLength(3);
	});

	test('Limit asks for no more than it needs and returns exactly the limit', async () => {
		const { response, queries } = await read(100, 'hasMore', { returnAll: false, limit: 13 });
		expect(response.body?.data).toHaveLength(13);
		expect(queries.map((q) => [q.get('pageSize'), q.get('skip')])).toEqual([
			['10', '0'],
			['3', '10'],
		]);
	});

	test('no records: one request, an empty list', async () => {
		const { response, queries } = await read(0, 'hasMore', { returnAll: true, limit: 50 });
		expect(response.body?.data).toEqual([]);
		expect(queries).toHaveLength(1);
	});
});
