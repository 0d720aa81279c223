import { spawn } from 'node:child_process';
import type { N8nHome } from './home';
import { freePort } from './net';

export interface CliResult {
	code: number | null;
	stdout: string;
	stderr: string;
	ms: number;
	timedOut: boolean;
}

export const DEFAULT_TIMEOUT_MS = 180_000;

/** Ends a process group (n8n and its children), or the process alone. */
export function killGroup(pid: number | undefined, sig: NodeJS.Signals): void {
	if (!pid) return;
	try {
		process.kill(-pid, sig);
	} catch {
		try {
			process.kill(pid, sig);
		} catch {
			/* already gone */
		}
	}
}

export function cliError(what: string, r: CliResult): Error {
	const tail = (s: string) => (s.length > 6000 ? '…' + s.slice(-6000) : s);
	return new Error(
		`${what} failed (exit ${r.code}${r.timedOut ? ', TIMED OUT' : ''}, ${r.ms} ms)\n--- stdout ---\n${tail(r.stdout)}\n--- stderr ---\n${tail(r.stderr)}`,
	);
}

/** Runs an n8n CLI command on a home. Never rejects on a non-zero exit: look at `code`. */
export async function runCli(home: N8nHome, args: string[], opts: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
	const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const t0 = Date.now();
	// n8n 2.x starts its task broker (default port 5679) even with runners disabled:
	// give each process its own port so CLI calls and an editor never collide
	const brokerPort = await freePort();
	return new Promise((resolve, reject) => {
		const child = spawn(home.n8n.nodeBin, [home.n8n.n8nBin, ...args], {
			cwd: home.dir,
			env: { ...home.env, N8N_RUNNERS_BROKER_PORT: String(brokerPort), ...(opts.env || {}) },
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true, // own process group, so a timeout can end n8n and its children
		});
		const out: Buffer[] = [];
		const err: Buffer[] = [];
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			killGroup(child.pid, 'SIGKILL');
		}, timeoutMs);
		child.stdout.on('data', (b: Buffer) => out.push(b));
		child.stderr.on('data', (b: Buffer) => err.push(b));
		child.on('error', (e) => {
			clearTimeout(timer);
			reject(e);
		});
		child.on('close', (code) => {
			clearTimeout(timer);
			const stdout = Buffer.concat(out).toString('utf8');
			resolve({ code, stdout, stderr: Buffer.concat(err).toString('utf8'), ms: Date.now() - t0, timedOut });
		});
	});
}
