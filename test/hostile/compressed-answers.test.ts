import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { credentialsFor, useFakeServer } from '../support/talonOne';
import { outputOf, run, watchForSecrets } from './support';
import { sendText, startHttpServer } from './rawServers';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

const list = { totalResultSize: 1, data: [{ integrationId: 'customer-1', attributes: { note: 'ü'.repeat(100) } }] };
const encoders: Record<string, (data: Buffer) => Buffer> = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync };

async function readCompressed(encoding: string, body: Buffer) {
	const raw = await startHttpServer((_request, res) => sendText(res, 200, body, { 'content-type': 'application/json', 'content-encoding': encoding }));
	const result = await run(server, 'getReservedCustomers', { couponValue: 'WELCOME10' }, { credentials: { ...credentialsFor(server), baseUrl: raw.url }, continueOnFail: true });
	return { result, raw };
}

describe('Compressed answers are decoded', () => {
	test.each(['gzip', 'deflate', 'br'])('%s', async (encoding) => {
		const { result, raw } = await readCompressed(encoding, encoders[encoding](Buffer.from(JSON.stringify(list))));
		expect(outputOf(result)).toEqual([list]);
		expect(raw.requests[0].headers['accept-encoding']).toBe('gzip, deflate, br');
	});

	test('gzip inside br ("gzip, br"): both are undone', async () => {
		const { result } = await readCompressed('gzip, br', brotliCompressSync(gzipSync(Buffer.from(JSON.stringify(list)))));
		expect(outputOf(result)).toEqual([list]);
	});

	test('an encoding the node did not ask for: a clear error, not garbage', async () => {
		const { result } = await readCompressed('zstd', Buffer.from('not really zstd'));
		expect(outputOf(result)[0]).toEqual({
			error: 'Talon.One\'s answer (HTTP 200) is compressed as "zstd", which this node cannot read.',
			description: 'Nothing was changed: this operation only reads from Talon.One.',
		});
	});

	test('a broken gzip answer: "could not be decompressed"', async () => {
		const { result } = await readCompressed('gzip', Buffer.from('definitely not gzip'));
		expect(outputOf(result)[0].error).toBe("Talon.One's answer (HTTP 200) could not be decompressed (Z_DATA_ERROR).");
	});
});
