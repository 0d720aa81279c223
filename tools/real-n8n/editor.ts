import { spawn, type ChildProcess } from 'node:child_process';
import type { N8nHome } from './home';
import { DEFAULT_TIMEOUT_MS, killGroup } from './n8nCli';
import { freePort, randomId } from './net';

/** A running `n8n start`. */
export interface Editor {
	/** E.g. http://localhost:5678. */
	url: string;
	port: number;
	home: N8nHome;
	/** Its stdout and stderr so far. */
	logs: () => string;
	stop: () => Promise<void>;
	/** The owner to log in as; login() fills in the cookie. */
	auth: { cookie?: string; browserId: string; email: string; password: string };
}

export interface EditorOptions {
	/** Default 5678; 0 picks a free one. */
	port?: number;
	timeoutMs?: number;
	env?: NodeJS.ProcessEnv;
	inheritOutput?: boolean;
}

function spawnEditor(home: N8nHome, port: number, brokerPort: number, opts: EditorOptions): ChildProcess {
	const url = `http://localhost:${port}`;
	return spawn(home.n8n.nodeBin, [home.n8n.n8nBin, 'start'], {
		cwd: home.dir,
		env: {
			...home.env,
			N8N_PORT: String(port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: 'localhost',
			N8N_PROTOCOL: 'http',
			N8N_EDITOR_BASE_URL: url,
			N8N_RUNNERS_BROKER_PORT: String(brokerPort),
			N8N_LOG_LEVEL: process.env.N8N_E2E_LOG_LEVEL || 'info',
			...(opts.env || {}),
		},
		stdio: ['ignore', opts.inheritOutput ? 'inherit' : 'pipe', opts.inheritOutput ? 'inherit' : 'pipe'],
		detached: true,
	});
}

async function answers(url: string): Promise<boolean> {
	try {
		const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
		await res.arrayBuffer();
		return res.status === 200;
	} catch {
		return false;
	}
}

/** Polls until /healthz and the REST API answer; fails when n8n exits or the time is up. */
async function waitUntilUp(editor: Editor, exited: () => unknown, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (exited()) throw new Error(`n8n start exited early (${JSON.stringify(exited())})\n${editor.logs().slice(-6000)}`);
		if ((await answers(`${editor.url}/healthz`)) && (await answers(`${editor.url}/rest/settings`))) return;
		if (Date.now() > deadline) {
			await editor.stop();
			throw new Error(`n8n start did not answer ${editor.url}/healthz in time\n${editor.logs().slice(-6000)}`);
		}
		await new Promise((r) => setTimeout(r, 500));
	}
}

/** Starts `n8n start` on a home; resolves when /healthz answers and the REST API is up. */
export async function startEditor(home: N8nHome, opts: EditorOptions = {}): Promise<Editor> {
	const port = opts.port === 0 ? await freePort() : (opts.port ?? 5678);
	const child = spawnEditor(home, port, await freePort(), opts);
	let logs = '';
	const onData = (b: Buffer) => {
		logs = (logs + b.toString()).slice(-200_000);
	};
	child.stdout?.on('data', onData);
	child.stderr?.on('data', onData);
	let exited: null | { code: number | null; signal: string | null } = null;
	const exitPromise = new Promise((resolve) => {
		child.on('exit', (code, signal) => {
			exited = { code, signal };
			resolve(undefined);
		});
	});
	const editor: Editor = {
		url: `http://localhost:${port}`,
		port,
		home,
		logs: () => logs,
		auth: { browserId: `e2e-${randomId(12)}`, email: 'owner@e2e.test', password: 'E2eOwnerPassw0rd!' },
		async stop() {
			if (exited) return;
			killGroup(child.pid, 'SIGTERM');
			const t = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 15_000);
			await exitPromise;
			clearTimeout(t);
		},
	};
	await waitUntilUp(editor, () => exited, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
	return editor;
}
