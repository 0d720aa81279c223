import type { IncomingMessage } from 'node:http';
import type { RecordedRequest } from './record';
import type { ParsedBody } from './validate';

export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface ReceivedBody {
	raw: Buffer;
	parsed: ParsedBody;
	tooLarge: boolean;
}

/** Reads the request body (keeping at most MAX_BODY_BYTES), records its text and JSON, then calls `done`. */
export function readBody(req: IncomingMessage, record: RecordedRequest, done: (body: ReceivedBody) => void): void {
	const chunks: Buffer[] = [];
	let size = 0;
	req.on('data', (chunk: Buffer) => {
		size += chunk.length;
		if (size <= MAX_BODY_BYTES) chunks.push(chunk);
	});
	req.on('error', () => {
		if (record.status === undefined) record.status = 'aborted';
	});
	req.on('end', () => {
		const raw = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
		const tooLarge = size > MAX_BODY_BYTES;
		record.bodyText = tooLarge ? '' : raw.toString('utf8');
		let parsed: ParsedBody = { ok: false };
		if (record.bodyText.length) {
			try {
				parsed = { ok: true, value: JSON.parse(record.bodyText) };
				record.body = parsed.value;
			} catch (e) {
				parsed = { ok: false, error: (e as Error).message };
			}
		}
		done({ raw, parsed, tooLarge });
	});
}
