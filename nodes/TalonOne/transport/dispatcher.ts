import type { Dispatcher } from 'undici';

type Undici = typeof import('undici');
let undiciModule: Promise<Undici> | undefined;

/**
 * undici is loaded with the first request, not with the node: requiring it takes about 80 ms,
 * and n8n requires every installed node when it starts (`npm run bench`, B4).
 */
export function loadUndici(): Promise<Undici> {
	return (undiciModule ??= import('undici'));
}

const proxyVariables = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy'] as const;

// One keep-alive pool per TLS setting and proxy setting, shared by every execution in this n8n process.
const dispatchers = new Map<string, Dispatcher>();

/**
 * Goes through HTTP_PROXY / HTTPS_PROXY unless NO_PROXY names the host, as n8n's own requests do.
 * `http://` addresses go to the proxy as plain proxy requests, `https://` ones through a CONNECT
 * tunnel. TLS uses Node's certificate store, which includes NODE_EXTRA_CA_CERTS; no `ca` is set
 * here, since that would replace the store.
 */
export function dispatcherFor(undici: Undici, allowUnauthorizedCerts: boolean): Dispatcher {
	const proxies = proxyVariables.map((name) => process.env[name] ?? '');
	const key = JSON.stringify([allowUnauthorizedCerts, ...proxies]);
	let dispatcher = dispatchers.get(key);
	if (!dispatcher) {
		const tls = { rejectUnauthorized: !allowUnauthorizedCerts };
		const options = {
			keepAliveTimeout: 10_000,
			connections: 64,
			// Talon.One's TLS settings: `connect` for direct connections, `requestTls` inside a proxy tunnel.
			connect: tls,
			requestTls: tls,
			proxyTunnel: false,
		};
		// Without a proxy variable the proxy agent sends everything through a plain Agent with these
		// options, after parsing each request's origin again (~2 µs per request): use that Agent directly.
		dispatcher = proxies.some(Boolean) ? new undici.EnvHttpProxyAgent(options) : new undici.Agent(options);
		dispatchers.set(key, dispatcher);
	}
	return dispatcher;
}
