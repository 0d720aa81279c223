import fs from 'node:fs';
import path from 'node:path';
import type { N8nHome } from './home';
import { cliError, runCli } from './n8nCli';
import { parseRawOutput, type ExecutedRun, type WorkflowRun } from './runs';

/**
 * Executes an imported workflow headless (`n8n execute --id <id> --rawOutput`) and resolves to the
 * parsed run. A workflow whose node failed still resolves (n8n 2.x prints the run then exits 1):
 * check `nodeError(run)`. Rejects (with stdout and stderr in the message) when no run JSON came out.
 */
export async function executeWorkflow(home: N8nHome, id: string, opts: { timeoutMs?: number } = {}): Promise<ExecutedRun> {
	// level info: on a failed run n8n prints the run JSON only through logger.info
	const r = await runCli(home, ['execute', `--id=${id}`, '--rawOutput'], { timeoutMs: opts.timeoutMs, env: { N8N_LOG_LEVEL: 'info' } });
	const run = r.timedOut ? undefined : parseRawOutput(r.stdout);
	if (!run || typeof run !== 'object' || !run.data) throw cliError(`n8n execute --id=${id}`, r);
	Object.defineProperty(run, '__cli', { value: r, enumerable: false });
	return run as ExecutedRun;
}

/**
 * Executes several imported workflows in ONE n8n process (`n8n execute-batch`), saving the ~3 s
 * start-up per workflow. Successful runs come from execute-batch's snapshot files (the same run
 * JSON as executeWorkflow); a workflow that failed there is executed again on its own with
 * executeWorkflow to get its full error (so its external calls happen twice), unless
 * `rerunFailures` is false (then its run holds only execute-batch's error message).
 */
export async function executeWorkflows(
	home: N8nHome,
	ids: string[],
	opts: { timeoutMs?: number; rerunFailures?: boolean } = {},
): Promise<Record<string, WorkflowRun>> {
	if (ids.length === 0) return {};
	const snapDir = fs.mkdtempSync(path.join(home.dir, 'batch-'));
	const outFile = path.join(snapDir, 'summary.json');
	try {
		const args = ['execute-batch', `--ids=${ids.join(',')}`, '--retries=0', '--concurrency=1', `--snapshot=${snapDir}`, `--output=${outFile}`];
		const r = await runCli(home, args, { timeoutMs: opts.timeoutMs ?? 60_000 + ids.length * 60_000, env: { N8N_LOG_LEVEL: 'info' } });
		if (r.timedOut || !fs.existsSync(outFile)) throw cliError('n8n execute-batch', r);
		const summary = JSON.parse(fs.readFileSync(outFile, 'utf8')) as { executions?: Array<{ workflowId: unknown; error: string }> };
		const runs: Record<string, WorkflowRun> = {};
		for (const id of ids) {
			const snap = path.join(snapDir, `${id}-snapshot.json`);
			if (fs.existsSync(snap)) {
				runs[id] = JSON.parse(fs.readFileSync(snap, 'utf8'));
			} else if (opts.rerunFailures === false) {
				const e = (summary.executions || []).find((x) => String(x.workflowId) === id);
				runs[id] = { data: { resultData: { runData: {}, error: { message: e ? e.error : 'not executed' } } }, status: 'error' };
			} else {
				runs[id] = await executeWorkflow(home, id, { timeoutMs: opts.timeoutMs });
			}
		}
		return runs;
	} finally {
		fs.rmSync(snapDir, { recursive: true, force: true });
	}
}
