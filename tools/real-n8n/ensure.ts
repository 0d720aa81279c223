import path from 'node:path';
import { installN8n } from './install';

/** How to run an installed n8n. */
export interface N8nInstall {
	/** n8n's CLI script (run it with nodeBin). */
	n8nBin: string;
	/** The Node binary n8n must run on (Node 24 for n8n 2.x). */
	nodeBin: string;
	version: string;
	/** Install folder in the cache. */
	dir: string;
	/** Base environment for n8n processes (PATH has nodeBin's folder first). */
	env: NodeJS.ProcessEnv;
}

const N8N_ENV = {
	N8N_DIAGNOSTICS_ENABLED: 'false',
	N8N_RUNNERS_ENABLED: 'false',
	N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
	N8N_PERSONALIZATION_ENABLED: 'false',
	N8N_TEMPLATES_ENABLED: 'false',
	N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
	N8N_SECURE_COOKIE: 'false',
	N8N_HIRING_BANNER_ENABLED: 'false',
	N8N_PUBLIC_API_DISABLED: 'true',
	N8N_BLOCK_ENV_ACCESS_IN_NODE: 'false',
	N8N_GIT_NODE_DISABLE_BARE_REPOS: 'true',
	NODE_ENV: 'production',
};

/** Makes sure real n8n is installed (cached): 2 (default, n8n 2.41.1 on Node 24), 1 (n8n 1.123.x on the machine's Node) or an exact version. */
export async function ensureN8n(major: number | string = 2): Promise<N8nInstall> {
	const r = await installN8n(String(major));
	const env: NodeJS.ProcessEnv = { ...process.env };
	// a test runner's NODE_OPTIONS (ts-node, coverage hooks...) must not leak into n8n
	delete env.NODE_OPTIONS;
	for (const k of Object.keys(env)) if (/^npm_/i.test(k)) delete env[k];
	env.PATH = `${path.dirname(r.nodeBin)}${path.delimiter}${process.env.PATH || ''}`;
	Object.assign(env, N8N_ENV, { N8N_LOG_LEVEL: process.env.N8N_E2E_LOG_LEVEL || 'warn' }, r.env);
	return { n8nBin: r.n8nBin, nodeBin: r.nodeBin, version: r.version, dir: r.dir, env };
}
