/** Reading n8n's run JSON (IRun, as `n8n execute --rawOutput` prints it): a node's output items, the run's error. */
import type { CliResult } from './n8nCli';

// The run JSON is n8n's, read as data: only the fields below are relied on.
type Json = any;

export interface WorkflowRun {
	status?: string;
	data: { resultData: { runData: Record<string, Json[]>; error?: Json; lastNodeExecuted?: string } };
}

/** A run from `n8n execute`, with the CLI call's output as the non-enumerable `__cli`. */
export type ExecutedRun = WorkflowRun & { __cli: CliResult };

export interface RunError {
	message: string;
	description?: string;
	nodeName?: string;
	name?: string;
	httpCode?: string;
	itemIndex?: number;
	raw: Json;
}

/**
 * Extracts the run JSON from `n8n execute --rawOutput` stdout. n8n prints it with
 * JSON.stringify(run, null, 2): it starts at a line that is just `{` (on success the first
 * `{` of stdout; on a failed run it is printed by the logger at level info, possibly after
 * other log lines) and ends at a line that is just `}`.
 */
export function parseRawOutput(stdout: string): WorkflowRun | undefined {
	const starts: number[] = [];
	for (const m of stdout.matchAll(/^\{\s*$/gm)) starts.push(m.index ?? 0);
	const first = stdout.indexOf('{');
	if (first >= 0 && !starts.includes(first)) starts.push(first);
	for (const start of starts) {
		const text = stdout.slice(start);
		try {
			return JSON.parse(text);
		} catch {
			/* trailing output after the JSON */
		}
		for (const m of text.matchAll(/^\}\s*$/gm)) {
			try {
				const v = JSON.parse(text.slice(0, (m.index ?? 0) + 1));
				if (v && typeof v === 'object' && 'data' in v) return v;
			} catch {
				/* keep looking */
			}
		}
	}
	return undefined;
}

/** The `json` of a node's output items in a run. */
export function nodeOutput(run: WorkflowRun, nodeName: string, opts: { outputIndex?: number; runIndex?: number; withBinary?: boolean } = {}): Json[] {
	const runData = run?.data?.resultData?.runData;
	const nodeRuns = runData?.[nodeName];
	if (!nodeRuns) throw new Error(`node "${nodeName}" did not run; ran: ${Object.keys(runData || {}).join(', ') || '(none)'}`);
	const taskData = nodeRuns[opts.runIndex ?? 0];
	if (!taskData) throw new Error(`node "${nodeName}" has no run #${opts.runIndex ?? 0}`);
	if (taskData.error && !taskData.data) throw new Error(`node "${nodeName}" failed: ${taskData.error.message}`);
	const items: Json[] = taskData.data?.main?.[opts.outputIndex ?? 0] || [];
	return items.map((i) => (opts.withBinary ? { json: i.json, binary: i.binary } : i.json));
}

/** The error of a failed run, or undefined when it succeeded. */
export function nodeError(run: WorkflowRun): RunError | undefined {
	const rd = run?.data?.resultData;
	let failedNode: string | undefined;
	let nodeErr: Json;
	for (const [name, runs] of Object.entries(rd?.runData || {})) {
		const withErr = runs.find((t) => t && t.error);
		if (withErr) {
			failedNode = name;
			nodeErr = withErr.error;
			break;
		}
	}
	const err = rd?.error ?? nodeErr;
	if (!err) return undefined;
	return {
		message: err.message,
		description: err.description ?? undefined,
		nodeName: err.node?.name ?? failedNode ?? rd?.lastNodeExecuted,
		name: err.name,
		httpCode: err.httpCode ?? undefined,
		itemIndex: err.context?.itemIndex,
		raw: err,
	};
}
