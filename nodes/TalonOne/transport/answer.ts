import { pipeline, type Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { TransportError, reachedByStatus, reachedDetail } from './failures';

/** The largest answer the node reads (after decompression); larger ones are refused while they stream in. */
export const MAX_ANSWER_BYTES = 32 * 1024 * 1024;
const MAX_ANSWER_TEXT = `${MAX_ANSWER_BYTES / 1024 / 1024} MiB`;

const decoders: Record<string, () => Transform> = {
	gzip: createGunzip,
	'x-gzip': createGunzip,
	deflate: createInflate,
	br: createBrotliDecompress,
};

/** What the node asks for in `accept-encoding`: exactly the encodings it decodes. */
export const ACCEPTED_ENCODINGS = 'gzip, deflate, br';

export interface AnswerContext {
	method: string;
	status: number;
	headers: Record<string, string | string[] | undefined>;
}

function tooLarge(context: AnswerContext): TransportError {
	const reached = reachedByStatus(context.status);
	return new TransportError(
		`Talon.One's answer (HTTP ${context.status}) is larger than ${MAX_ANSWER_TEXT}, the most this node reads, so it was not read.`,
		'ANSWER_TOO_LARGE',
		reached,
		`${reachedDetail(context.method, reached, context.status)} For operations that combine items into batches, a smaller Batch Size gives smaller answers.`,
	);
}

function undecodable(context: AnswerContext, encoding: string): TransportError {
	const reached = reachedByStatus(context.status);
	return new TransportError(
		`Talon.One's answer (HTTP ${context.status}) is compressed as "${encoding}", which this node cannot read.`,
		'UNKNOWN_ENCODING',
		reached,
		reachedDetail(context.method, reached, context.status),
	);
}

/** Decoders for `content-encoding`, in the order they apply (the last listed encoding was applied last). */
function decodersFor(context: AnswerContext): Transform[] {
	const header = context.headers['content-encoding'];
	const encodings = (Array.isArray(header) ? header.join(',') : (header ?? ''))
		.split(',')
		.map((encoding) => encoding.trim().toLowerCase())
		.filter((encoding) => encoding && encoding !== 'identity');
	return encodings.reverse().map((encoding) => {
		const decoder = decoders[encoding];
		if (!decoder) throw undecodable(context, encoding);
		return decoder();
	});
}

/**
 * Reads an answer's body as text: decompressed, and refused as soon as it passes the size limit.
 * When reading fails the body is destroyed, which closes the connection.
 */
export async function readAnswer(body: Readable, context: AnswerContext): Promise<string> {
	try {
		return await collect(body, context);
	} finally {
		if (!body.readableEnded) body.on('error', () => undefined).destroy();
	}
}

async function collect(body: Readable, context: AnswerContext): Promise<string> {
	const chain = decodersFor(context);
	const declared = Number(context.headers['content-length']);
	if (!chain.length && declared > MAX_ANSWER_BYTES) throw tooLarge(context);
	// A pipeline costs an AbortController and listeners on every stream, so only a compressed answer goes
	// through one; a failure in it destroys its last stream with the error, which the loop below throws.
	const chunks = chain.length ? (pipeline([body, ...chain], () => undefined) as Transform) : body;
	const kept: Buffer[] = [];
	let size = 0;
	for await (const chunk of chunks as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > MAX_ANSWER_BYTES) throw tooLarge(context);
		kept.push(chunk);
	}
	return Buffer.concat(kept).toString('utf8');
}
