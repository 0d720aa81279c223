import type { ServerResponse } from 'node:http';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { credentialsFor, useFakeServer } from '../support/talonOne';
import { descriptionOf, outputOf, run, watchForSecrets } from './support';
import { sendJson, startHttpServer } from './rawServers';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

const answer = JSON.stringify({ customerSession: { integrationId: 's1', state: 'open' }, effects: [] });

/** 200 headers and the first 10 bytes of the answer, then a reset. */
function breakOffAfterHeaders(res: ServerResponse) {
	res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) });
	res.write(answer.slice(0, 10), () => setTimeout(() => res.socket?.resetAndDestroy(), 20));
}

/** 200 headers and the first 10 bytes of the answer, then nothing more. */
function stallAfterHeaders(res: ServerResponse) {
	res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) });
	res.write(answer.slice(0, 10));
}

const applied = "Talon.One accepted the request (HTTP 200), so the change was applied, but its answer could not be read; check the result in Talon.One before sending it again.";

describe('An answer that breaks off after 2xx headers is never resumed, never sent again, and reported as it happened', () => {
	test('a reset mid-body on a PUT: sent once, no Range, "broke while its answer (HTTP 200) was being read", marked maybe applied', async () => {
		const raw = await startHttpServer((_request, res) => breakOffAfterHeaders(res));
		const result = await run(server, 'updateCustomerSessionV2', { customerSessionId: 's1', options: { maxRetries: 3 } }, {
			credentials: { ...credentialsFor(server), baseUrl: raw.url },
		});
		expect(raw.requests).toHaveLength(1);
		expect(raw.requests[0].headers.range).toBeUndefined();
		expect(result.error?.message).toBe(
			`The connection to Talon.One at 127.0.0.1:${raw.port} broke while its answer (HTTP 200) was being read (ECONNRESET). Try again later.`,
		);
		expect(descriptionOf(result)).toBe(`${applied}\n\nMaybe applied (check in Talon.One): items 1.`);
	});

	test('a body that stops coming on a PUT: "did not answer within 1 s", sent once, no Range', async () => {
		const raw = await startHttpServer((_request, res) => stallAfterHeaders(res));
		const result = await run(server, 'updateCustomerSessionV2', { customerSessionId: 's1', options: { maxRetries: 3, timeout: 1 } }, {
			credentials: { ...credentialsFor(server), baseUrl: raw.url },
			continueOnFail: true,
		});
		expect(raw.requests).toHaveLength(1);
		expect(outputOf(result)).toEqual([
			{ error: "Talon.One did not answer within 1 s. Try again later, or raise Timeout in the node's options.", description: applied },
		]);
	});

	test('a read (GET) that breaks off is asked again from the start, without Range, and succeeds', async () => {
		const list = { totalResultSize: 0, data: [] };
		const raw = await startHttpServer((_request, res) => {
			if (raw.requests.length === 1) {
				res.writeHead(200, { 'content-type': 'application/json', 'content-length': 100 });
				res.write('{"totalResu', () => setTimeout(() => res.socket?.resetAndDestroy(), 20));
			} else sendJson(res, 200, list);
		});
		const result = await run(server, 'getReservedCustomers', { couponValue: 'WELCOME10', options: { maxRetries: 1 } }, {
			credentials: { ...credentialsFor(server), baseUrl: raw.url },
		});
		expect(result.error).toBeUndefined();
		expect(outputOf(result)).toEqual([list]);
		expect(raw.requests.map((request) => [request.method, request.headers.range])).toEqual([
			['GET', undefined],
			['GET', undefined],
		]);
	});
});
