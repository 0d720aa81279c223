/**
 * A mail sink on loopback for the examples that send email: enough SMTP for nodemailer (and so for
 * n8n's Send Email node) without TLS or login. It keeps every message it accepts; nothing leaves
 * the machine.
 */
import net from 'node:net';

export interface SmtpMessage {
	from: string;
	to: string[];
	/** The message as sent (headers and body), with SMTP's dot-stuffing undone. */
	raw: string;
	subject: string;
	/** The decoded text of every body part (plain text and HTML), joined by blank lines. */
	text: string;
}

export interface SmtpSink {
	host: string;
	port: number;
	messages: SmtpMessage[];
	/** Called with each message once it is accepted. */
	onMessage?: (message: SmtpMessage) => void;
	close: () => Promise<void>;
}

const HOSTNAME = 'sandbox-smtp.localhost';
const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

/** Starts the sink on 127.0.0.1; port 0 picks a free one. */
export async function startSmtpSink(options: { port?: number; host?: string } = {}): Promise<SmtpSink> {
	const host = options.host ?? '127.0.0.1';
	const sockets = new Set<net.Socket>();
	const server = net.createServer((socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
		serveConnection(socket, (message) => {
			sink.messages.push(message);
			sink.onMessage?.(message);
		});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, host, () => resolve());
	});
	const address = server.address() as net.AddressInfo;
	const sink: SmtpSink = {
		host,
		port: address.port,
		messages: [],
		close: () =>
			new Promise<void>((resolve) => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve());
			}),
	};
	return sink;
}

function serveConnection(socket: net.Socket, deliver: (message: SmtpMessage) => void): void {
	let buffer = '';
	let envelope: { from?: string; to: string[] } = { to: [] };
	let data: string[] | null = null;
	let dataBytes = 0;
	const reply = (line: string) => socket.write(`${line}\r\n`);

	const command = (line: string): unknown => {
		const verb = line.slice(0, 4).toUpperCase();
		const argument = line.slice(4).trim();
		switch (verb) {
			case 'EHLO':
				return reply(`250-${HOSTNAME}\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE ${MAX_MESSAGE_BYTES}`);
			case 'HELO':
				return reply(`250 ${HOSTNAME}`);
			case 'MAIL':
				envelope = { from: addressIn(argument), to: [] };
				return reply('250 OK');
			case 'RCPT':
				if (envelope.from === undefined) return reply('503 MAIL first');
				envelope.to.push(addressIn(argument));
				return reply('250 OK');
			case 'DATA':
				if (!envelope.to.length) return reply('503 RCPT first');
				data = [];
				dataBytes = 0;
				return reply('354 End data with <CR><LF>.<CR><LF>');
			case 'RSET':
				envelope = { to: [] };
				return reply('250 OK');
			case 'NOOP':
				return reply('250 OK');
			case 'QUIT':
				reply('221 Bye');
				return socket.end();
			default:
				return reply('502 Command not implemented');
		}
	};

	const dataLine = (line: string): void => {
		if (line !== '.') {
			const unstuffed = line.startsWith('.') ? line.slice(1) : line;
			dataBytes += unstuffed.length + 2;
			if (dataBytes <= MAX_MESSAGE_BYTES) data!.push(unstuffed);
			return;
		}
		const raw = data!.join('\r\n');
		data = null;
		if (dataBytes > MAX_MESSAGE_BYTES) {
			reply('552 Message too large');
			return;
		}
		deliver({ from: envelope.from ?? '', to: envelope.to, raw, ...readMessage(raw) });
		envelope = { to: [] };
		reply('250 OK: queued');
	};

	socket.setEncoding('utf8');
	socket.on('error', () => socket.destroy());
	socket.on('data', (chunk: string) => {
		buffer += chunk;
		let end: number;
		while ((end = buffer.indexOf('\r\n')) >= 0) {
			const line = buffer.slice(0, end);
			buffer = buffer.slice(end + 2);
			if (data) dataLine(line);
			else command(line);
		}
	});
	reply(`220 ${HOSTNAME} ESMTP sandbox mail sink`);
}

/** `FROM:<a@b> SIZE=12` → `a@b`. */
function addressIn(argument: string): string {
	const match = /<([^>]*)>/.exec(argument);
	return match ? match[1] : argument.replace(/^(FROM|TO):/i, '').trim();
}

interface Part {
	headers: Map<string, string>;
	body: string;
}

function splitPart(raw: string): Part {
	const blank = raw.indexOf('\r\n\r\n');
	const head = blank < 0 ? raw : raw.slice(0, blank);
	const body = blank < 0 ? '' : raw.slice(blank + 4);
	const headers = new Map<string, string>();
	for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
		const colon = line.indexOf(':');
		if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
	}
	return { headers, body };
}

function decodeBody(part: Part): string {
	const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
	if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
	if (encoding === 'quoted-printable') return decodeQuoted(part.body.replace(/=\r\n/g, ''));
	return part.body;
}

/** `=XX` escapes to the bytes they stand for; the rest stays as written (UTF-8). */
function decodeQuoted(text: string): string {
	const pieces = text.split(/(=[0-9A-Fa-f]{2})/).map((piece) =>
		/^=[0-9A-Fa-f]{2}$/.test(piece) ? Buffer.from([parseInt(piece.slice(1), 16)]) : Buffer.from(piece, 'utf8'),
	);
	return Buffer.concat(pieces).toString('utf8');
}

/** The decoded text of a part, descending into multipart bodies. */
function textOf(part: Part): string[] {
	const type = part.headers.get('content-type') ?? 'text/plain';
	const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
	if (!type.toLowerCase().startsWith('multipart/') || !boundary) return [decodeBody(part)];
	const sections = part.body.split(`--${boundary}`).slice(1);
	return sections
		.filter((section) => !section.startsWith('--'))
		// The line break before a boundary belongs to the boundary, not to the part.
		.flatMap((section) => textOf(splitPart(section.replace(/^\r\n/, '').replace(/\r\n$/, ''))));
}

/** `=?UTF-8?Q?...?=` and `=?UTF-8?B?...?=` words in a header. */
function decodeHeader(value: string): string {
	return value.replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=\s*/gi, (_m, _charset: string, kind: string, text: string) =>
		kind.toUpperCase() === 'B'
			? Buffer.from(text, 'base64').toString('utf8')
			: decodeQuoted(text.replace(/_/g, ' ')),
	);
}

function readMessage(raw: string): { subject: string; text: string } {
	const message = splitPart(raw);
	return { subject: decodeHeader(message.headers.get('subject') ?? ''), text: textOf(message).join('\r\n\r\n').trimEnd() };
}
