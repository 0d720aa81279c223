import fs from 'node:fs';
import path from 'node:path';
import type { N8nHome } from './home';
import { cliError, runCli, type CliResult } from './n8nCli';
import { randomId } from './net';

export interface CredentialImport {
	id?: string;
	name: string;
	type: string;
	/** Plain data: n8n encrypts it on import. */
	data: Record<string, unknown>;
}

/** Writes `content` to a temp file in the home, runs `n8n import:<what> --input=<file>`, checks the result, removes the file. */
async function importFile(home: N8nHome, what: 'credentials' | 'workflow', content: unknown, failed: (r: CliResult) => boolean): Promise<void> {
	const file = path.join(home.dir, `import-${what}-${randomId(8)}.json`);
	fs.writeFileSync(file, JSON.stringify(content, null, 2));
	try {
		const r = await runCli(home, [`import:${what}`, `--input=${file}`], { env: { N8N_LOG_LEVEL: 'info' } });
		if (failed(r)) throw cliError(`n8n import:${what}`, r);
	} finally {
		fs.rmSync(file, { force: true });
	}
}

const imported = (r: CliResult) => /Successfully imported/i.test(r.stdout + r.stderr);

/**
 * Imports credentials; missing ids are generated. Returns them as imported (with ids).
 * A workflow node refers to one with `credentials: { <type>: { id, name } }`.
 */
export async function importCredentials(home: N8nHome, creds: CredentialImport[]): Promise<Array<CredentialImport & { id: string }>> {
	const list = creds.map((c) => ({ ...c, id: c.id || randomId() }));
	await importFile(home, 'credentials', list, (r) => r.code !== 0 || (/error/i.test(r.stderr.replace(/deprecat\w*/gi, '')) && !imported(r)));
	return list;
}

/** Imports one workflow ({ name, nodes, connections, ... }); an `id` is generated if missing. Resolves to the id. */
export async function importWorkflow(home: N8nHome, workflowJson: Record<string, unknown>): Promise<string> {
	const id = (workflowJson.id as string | undefined) || randomId();
	const wf = { name: 'e2e', active: false, settings: { executionOrder: 'v1' }, connections: {}, ...workflowJson, id };
	await importFile(home, 'workflow', wf, (r) => r.code !== 0 || !imported(r));
	return id;
}

/**
 * Makes an imported workflow callable by other workflows: n8n 2.x runs only the published version of
 * a sub-workflow outside the editor (`n8n publish:workflow`); 1.x runs any saved workflow. 2.x copies
 * published versions for callers in a background service of `n8n start` only, so the home's later CLI
 * runs read the published version directly.
 */
export async function publishWorkflow(home: N8nHome, id: string): Promise<void> {
	if (Number(home.n8n.version.split('.')[0]) < 2) return;
	const r = await runCli(home, ['publish:workflow', `--id=${id}`], { env: { N8N_LOG_LEVEL: 'info' } });
	if (r.code !== 0) throw cliError('n8n publish:workflow', r);
	home.env.N8N_USE_WORKFLOW_PUBLICATION_SERVICE = 'false';
}
