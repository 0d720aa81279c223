import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { credentialsFor, useFakeServer } from '../support/talonOne';
import { MAX_ANSWER_BYTES } from '../../nodes/TalonOne/transport/answer';
import { outputOf, run, watchForSecrets } from './support';
import { sendText, startHttpServer } from './rawServers';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

const MiB = 1024 * 1024;
const tooLarge = "Talon.One's answer (HTTP 200) is larger than 32 MiB, the most this node reads, so it was not read.";
const description =
	'Talon.One accepted the request (HTTP 200), so the change was applied, but its answer could not be read; check the result in Talon.One before sending it again. ' +
	'For operations that combine items into batches, a smaller Batch Size gives smaller answers.';

/** Streams `total` bytes of a JSON string in 1 MiB chunks as the client reads them; returns how many went out. */
function stream(res: ServerResponse, total: number, headers: Record<string, string | number>) {
	const sent = { bytes: 0 };
	const chunk = Buffer.alloc(MiB, 0x61);
	res.writeHead(200, { 'content-type': 'application/json', ...headers });
	res.write('"');
	const pump = () => {
		while (sent.bytes < total && !res.destroyed) {
			sent.bytes += chunk.length;
			if (!res.write(chunk)) return void res.once('drain', pump);
		}
		if (!res.destroyed) res.end('"');
	};
	pump();
	return sent;
}

async function session(baseUrl: string) {
	const result = await run(server, 'updateCustomerSessionV2', { customerSessionId: 's1' }, { credentials: { ...credentialsFor(server), baseUrl }, continueOnFail: true });
	return outputOf(result)[0];
}

describe('Answers larger than 32 MiB are refused while they stream in, not read whole', () => {
	test('the limit is 32 MiB', () => {
		expect(MAX_ANSWER_BYTES).toBe(32 * MiB);
	});

	test('an answer without a declared length that goes on for 200 MiB: refused, and the server is stopped well before the end', async () => {
		let sent = { bytes: 0 };
		const raw = await startHttpServer((_request, res) => (sent = stream(res, 200 * MiB, {})));
		expect(await session(raw.url)).toEqual({ error: tooLarge, description });
		expect(sent.bytes).toBeLessThan(100 * MiB);
		expect(raw.requests).toHaveLength(1);
	});

	test('a declared Content-Length of 64 MiB: refused before reading the body', async () => {
		let sent = { bytes: 0 };
		const raw = await startHttpServer((_request, res) => (sent = stream(res, 64 * MiB, { 'content-length': 64 * MiB + 2 })));
		expect(await session(raw.url)).toEqual({ error: tooLarge, description });
		expect(sent.bytes).toBeLessThan(64 * MiB);
	});

	test('64 KiB of gzip that would unpack to 64 MiB: refused', async () => {
		const bomb = gzipSync(Buffer.from(`"${' '.repeat(64 * MiB)}"`));
		const raw = await startHttpServer((_request, res) => sendText(res, 200, bomb, { 'content-type': 'application/json', 'content-encoding': 'gzip' }));
		expect(await session(raw.url)).toEqual({ error: tooLarge, description });
	});
});
