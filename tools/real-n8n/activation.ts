/**
 * Activated workflows in a running editor (`n8n start`): activate one through the REST API (as
 * the editor's toggle does), its production webhook URL, and the executions its trigger started,
 * with their items.
 */
import { parse } from 'flatted';
import type { Editor } from './editor';
import { login, rest } from './rest';

/** Activates an imported workflow (n8n 2.x and 1.x: POST /rest/workflows/:id/activate with its versionId). */
export async function activateWorkflow(editor: Editor, workflowId: string): Promise<void> {
	await login(editor);
	const current = await rest(editor, 'GET', `/rest/workflows/${workflowId}`);
	const versionId = current.json?.data?.versionId;
	if (current.status !== 200 || !versionId) throw new Error(`GET workflow ${workflowId}: ${current.status} ${current.text.slice(0, 500)}`);
	const res = await rest(editor, 'POST', `/rest/workflows/${workflowId}/activate`, { versionId });
	if (res.status !== 200) throw new Error(`activating workflow ${workflowId}: ${res.status} ${res.text.slice(0, 1000)}`);
}

/**
 * Waits until n8n serves a production webhook URL: activation returns before the webhook is
 * registered. Probes with an empty POST until the answer is not 404 (a trigger that checks a
 * secret answers 401 and starts nothing).
 */
export async function waitForWebhook(editor: Editor, url: string, timeoutMs = 60_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
		await res.arrayBuffer();
		if (res.status !== 404) return;
		if (Date.now() > deadline) throw new Error(`${url} still answers 404 after activation\n${editor.logs().slice(-3000)}`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

/** The production URL of a webhook node whose `webhookId` and `path` are given (n8n: /webhook/<webhookId>/<path>). */
export const productionWebhookUrl = (editor: Editor, webhookId: string, path: string) => `${editor.url}/webhook/${webhookId}/${path}`;

export interface ExecutionSummary {
	id: string;
	status: string;
	startedAt?: string;
	stoppedAt?: string;
}

/** The finished and running executions of a workflow, newest first. */
export async function executionsOf(editor: Editor, workflowId: string): Promise<ExecutionSummary[]> {
	await login(editor);
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	const res = await rest(editor, 'GET', `/rest/executions?filter=${filter}&limit=100`);
	if (res.status !== 200) throw new Error(`GET executions: ${res.status} ${res.text.slice(0, 500)}`);
	return (res.json.data.results as ExecutionSummary[]).map(({ id, status, startedAt, stoppedAt }) => ({ id: String(id), status, startedAt, stoppedAt }));
}

/** Polls until the workflow has `count` finished executions (or fails after `timeoutMs`). */
export async function waitForExecutions(editor: Editor, workflowId: string, count: number, timeoutMs = 60_000): Promise<ExecutionSummary[]> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const finished = (await executionsOf(editor, workflowId)).filter((e) => e.status !== 'running' && e.status !== 'new');
		if (finished.length >= count) return finished;
		if (Date.now() > deadline) throw new Error(`workflow ${workflowId} has ${finished.length} finished executions, expected ${count}\n${editor.logs().slice(-3000)}`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

/** The run data of one execution: the items' `json` of each node's first output, by node name. */
export async function executionOutput(editor: Editor, executionId: string): Promise<{ status: string; nodes: Record<string, unknown[]>; raw: unknown }> {
	const res = await rest(editor, 'GET', `/rest/executions/${executionId}`);
	if (res.status !== 200) throw new Error(`GET execution ${executionId}: ${res.status} ${res.text.slice(0, 500)}`);
	const execution = res.json.data;
	const data = typeof execution.data === 'string' ? parse(execution.data) : execution.data;
	const runData = (data?.resultData?.runData ?? {}) as Record<string, Array<{ data?: { main?: Array<Array<{ json: unknown }>> } }>>;
	const nodes = Object.fromEntries(Object.entries(runData).map(([name, runs]) => [name, (runs[0]?.data?.main?.[0] ?? []).map((item) => item.json)]));
	return { status: execution.status, nodes, raw: data };
}
