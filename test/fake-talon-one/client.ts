/**
 * Raw HTTP to the fake Talon.One with its default credentials, for its self-tests: `call` sends a
 * request with the chosen authentication and (given an operationId) checks the answer against the
 * spec's response schema.
 */
import { createHmac } from 'node:crypto';
import { Agent, request } from 'undici';
import { startFakeTalonOne, type FakeTalonOne, DEFAULTS } from '../../tools/fake-talon-one';
import { validateResponse } from '../../tools/fake-talon-one/core/spec';

export interface CallResult {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	text: string;
	json: any;
}

type AuthMode = 'apiKey' | 'signature' | 'management' | 'bearer' | 'none' | { authorization: string };

let server: FakeTalonOne;
const agent = new Agent({ keepAliveTimeout: 10_000 });

export function hmacHex(body: string): string {
	return createHmac('md5', Buffer.from(DEFAULTS.applicationKey, 'hex')).update(body).digest('hex');
}

export async function call(
	method: string,
	path: string,
	opts: { body?: unknown; rawBody?: string; auth?: AuthMode; operationId?: string } = {},
): Promise<CallResult> {
	const bodyText = opts.rawBody !== undefined ? opts.rawBody : opts.body === undefined ? undefined : JSON.stringify(opts.body);
	const headers: Record<string, string> = {};
	if (bodyText !== undefined) headers['content-type'] = 'application/json';
	const auth = opts.auth ?? 'apiKey';
	if (auth === 'apiKey') headers.authorization = `ApiKey-v1 ${DEFAULTS.apiKey}`;
	else if (auth === 'management') headers.authorization = `ManagementKey-v1 ${DEFAULTS.managementKey}`;
	else if (auth === 'bearer') headers.authorization = `Bearer ${DEFAULTS.bearerToken}`;
	else if (auth === 'signature') {
		headers['content-signature'] = `signer=${DEFAULTS.applicationId}; signature=${hmacHex(bodyText ?? '')}`;
	} else if (typeof auth === 'object') headers.authorization = auth.authorization;
	const res = await rawRequest(path, { method: method as 'GET', headers, body: bodyText });
	const text = await res.body.text();
	let json: any;
	try {
		json = text ? JSON.parse(text) : undefined;
	} catch {
		json = undefined;
	}
	if (opts.operationId) {
		const problems = validateResponse(opts.operationId, res.statusCode, json);
		if (problems) throw new Error(`${opts.operationId} ${res.statusCode} response not schema-valid: ${problems.join('; ')}\n${text}`);
	}
	return { status: res.statusCode, headers: res.headers, text, json };
}

/** An undici request to the server through the test file's keep-alive agent. */
export function rawRequest(path: string, options: Omit<NonNullable<Parameters<typeof request>[1]>, 'dispatcher'>) {
	return request(`${server.url}${path}`, { ...options, dispatcher: agent });
}

export const cart = (price: number, quantity = 1) => [{ name: 'Shoe', sku: 'SKU-1', quantity, price }];

/** One server (demo data, default credentials) for the test file, reset before each test; `use` gets it once started. */
export function useFakeTalonOne(use: (server: FakeTalonOne) => void): void {
	beforeAll(async () => {
		server = await startFakeTalonOne({ demo: true });
		use(server);
	});
	afterAll(async () => {
		await agent.close();
		await server.close();
	});
	beforeEach(() => server.reset());
}
