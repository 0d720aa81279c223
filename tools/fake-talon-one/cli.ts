/**
 * The fake Talon.One on its own (`node scripts/fake-talon-one.js`, after `npm run build:tools`):
 *
 *   node scripts/fake-talon-one.js [--port 0] [--host 127.0.0.1] [--demo] [--latency 20]
 *                                  [--rate-limit 200] [--retry-after 1]
 *                                  [--tls-key key.pem --tls-cert cert.pem] [--log]
 *
 * Prints one line `{"url":"http://127.0.0.1:PORT"}` to stdout once listening and runs until
 * SIGINT/SIGTERM. `--log` writes one line per request to stderr.
 *
 * Environment variables (used when set; flags win for port and host):
 *   TALON_FAKE_API_KEY          API key for `Authorization: ApiKey-v1 <key>`
 *   TALON_FAKE_APPLICATION_ID   application id (Content-Signature signer)
 *   TALON_FAKE_APPLICATION_KEY  hex application key (Content-Signature HMAC key)
 *   TALON_FAKE_MANAGEMENT_KEY   key for `Authorization: ManagementKey-v1 <key>`
 *   TALON_FAKE_BEARER_TOKEN     token for `Authorization: Bearer <token>`
 *   TALON_FAKE_PORT, TALON_FAKE_HOST
 */
import fs from 'node:fs';
import type { FakeTalonOneOptions } from './options';
import { startFakeTalonOne } from './server';

const USAGE =
	'usage: node scripts/fake-talon-one.js [--port 0] [--host 127.0.0.1] [--demo] [--latency ms] [--rate-limit n] [--retry-after s] [--tls-key f --tls-cert f] [--log]\n';

type Args = Record<string, string | boolean>;

function parseArgs(argv: string[]): Args {
	const out: Args = {};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
		const eq = a.indexOf('=');
		if (eq > 0) {
			out[a.slice(2, eq)] = a.slice(eq + 1);
		} else if (['demo', 'log', 'help'].includes(a.slice(2))) {
			out[a.slice(2)] = true;
		} else {
			const v = argv[++i];
			if (v === undefined) throw new Error(`missing value for ${a}`);
			out[a.slice(2)] = v;
		}
	}
	return out;
}

const num = (v: string | boolean | undefined) => (v === undefined || v === true || v === false || v === '' ? undefined : Number(v));

function optionsFrom(args: Args, env: NodeJS.ProcessEnv): FakeTalonOneOptions {
	const rateLimit = num(args['rate-limit']);
	return {
		port: num(args.port) ?? num(env.TALON_FAKE_PORT) ?? 0,
		host: (args.host as string | undefined) || env.TALON_FAKE_HOST || undefined,
		apiKey: env.TALON_FAKE_API_KEY || undefined,
		applicationId: num(env.TALON_FAKE_APPLICATION_ID),
		applicationKey: env.TALON_FAKE_APPLICATION_KEY || undefined,
		managementKey: env.TALON_FAKE_MANAGEMENT_KEY || undefined,
		bearerToken: env.TALON_FAKE_BEARER_TOKEN || undefined,
		latencyMs: num(args.latency) ?? 0,
		demo: !!args.demo,
		rateLimit: rateLimit ? { perSecond: rateLimit, retryAfterSeconds: num(args['retry-after']) } : null,
		tls:
			args['tls-key'] && args['tls-cert']
				? { key: fs.readFileSync(String(args['tls-key'])), cert: fs.readFileSync(String(args['tls-cert'])) }
				: undefined,
	};
}

export async function main(argv: string[]): Promise<void> {
	const args = parseArgs(argv);
	if (args.help) {
		process.stdout.write(USAGE);
		return;
	}
	const server = await startFakeTalonOne(optionsFrom(args, process.env));
	if (args.log) {
		server.server.on('request', (req, res) => {
			res.on('finish', () => process.stderr.write(`${req.method} ${req.url} -> ${res.statusCode}\n`));
		});
	}
	process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
	let stopping = false;
	const stop = () => {
		if (stopping) return;
		stopping = true;
		server.close().then(
			() => process.exit(0),
			() => process.exit(1),
		);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}
