/**
 * Loopback servers for behaviour on the wire that the fake Talon.One does not produce: answers
 * that break off, trickle, are compressed, are not HTTP, or come from a proxy. Each records what
 * it received and closes after the test file.
 */
import { createServer as createHttpServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, createServer as createNetServer, type Socket } from 'node:net';

export interface ReceivedRequest {
	method: string;
	url: string;
	headers: IncomingMessage['headers'];
	body: string;
}

export interface RawServer {
	url: string;
	port: number;
	requests: ReceivedRequest[];
	close: () => Promise<void>;
}

type Handler = (request: ReceivedRequest, res: ServerResponse) => void;

const open: Array<() => Promise<void>> = [];
afterAll(async () => {
	await Promise.all(open.splice(0).map((close) => close()));
});

async function listen(server: Server | ReturnType<typeof createNetServer>, scheme: string, requests: ReceivedRequest[]): Promise<RawServer> {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	const sockets = new Set<Socket>();
	server.on('connection', (socket: Socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	const close = async () => {
		for (const socket of sockets) socket.destroy();
		await new Promise((resolve) => server.close(resolve));
	};
	open.push(close);
	return { url: `${scheme}://127.0.0.1:${port}`, port, requests, close };
}

function recording(requests: ReceivedRequest[], handler: Handler) {
	return (req: IncomingMessage, res: ServerResponse) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
			requests.push(request);
			handler(request, res);
		});
	};
}

/** A plain HTTP server on 127.0.0.1 that hands each request, with its body read, to `handler`. */
export async function startHttpServer(handler: Handler): Promise<RawServer> {
	const requests: ReceivedRequest[] = [];
	return await listen(createHttpServer(recording(requests, handler)), 'http', requests);
}

/** The same over TLS with the given certificate. */
export async function startHttpsServer(tls: { key: string; cert: string }, handler: Handler): Promise<RawServer> {
	const requests: ReceivedRequest[] = [];
	return await listen(createHttpsServer(tls, recording(requests, handler)), 'https', requests);
}

/** A TCP server that answers whatever arrives first with `reply` (bytes that need not be HTTP), then closes. */
export async function startSocketServer(reply: Buffer | string): Promise<RawServer> {
	const requests: ReceivedRequest[] = [];
	const server = createNetServer((socket) => {
		socket.once('data', (data) => {
			requests.push({ method: '', url: '', headers: {}, body: data.toString('latin1') });
			socket.end(reply);
		});
	});
	return await listen(server, 'http', requests);
}

/** A JSON answer. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
	const text = JSON.stringify(body);
	res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
	res.end(text);
}

/** A raw answer with the given content type. */
export function sendText(res: ServerResponse, status: number, text: string | Buffer, headers: Record<string, string> = {}): void {
	res.writeHead(status, { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(text), ...headers });
	res.end(text);
}

export interface ProxyServer extends RawServer {
	/** Request lines as the proxy received them: `CONNECT host:port` or `GET http://host:port/path`. */
	lines: string[];
}

/**
 * A forward proxy: `CONNECT` opens a tunnel to the target, any other request (absolute form) is
 * forwarded. Records each request line.
 */
export async function startProxy(): Promise<ProxyServer> {
	const lines: string[] = [];
	const server = createHttpServer((req, res) => {
		lines.push(`${req.method} ${req.url}`);
		const upstream = httpRequest(req.url ?? '', { method: req.method, headers: req.headers }, (answer) => {
			res.writeHead(answer.statusCode ?? 502, answer.headers);
			answer.pipe(res);
		});
		upstream.on('error', () => res.destroy());
		req.pipe(upstream);
	});
	server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
		lines.push(`CONNECT ${req.url}`);
		const [host, port] = (req.url ?? '').split(':');
		const upstream = connect(Number(port), host, () => {
			socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
			upstream.write(head);
			upstream.pipe(socket);
			socket.pipe(upstream);
		});
		upstream.on('error', () => socket.destroy());
		socket.on('error', () => upstream.destroy());
	});
	const raw = await listen(server, 'http', []);
	return { ...raw, lines };
}
