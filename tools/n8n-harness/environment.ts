import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Expression } from 'n8n-workflow';

/** Folder used as N8N_USER_FOLDER by every test process (n8n appends `.n8n`). */
const HARNESS_USER_FOLDER = path.join(tmpdir(), 'n8n-nodes-talon-one-test-harness');
const HARNESS_ENCRYPTION_KEY = 'n8n-nodes-talon-one-test-harness-key';

let prepared = false;

/**
 * One-time per-module-registry setup so n8n-core runs inside jest without touching the
 * developer's real n8n installation and without native modules:
 *
 * - `InstanceSettings` (built lazily by n8n-core's DI container the first time a node
 *   execution context is created) reads, or creates, `<N8N_USER_FOLDER>/.n8n/config` holding
 *   an encryption key. We point it at a fixed temp folder, pin the key, and pre-create the
 *   file atomically (write + rename) so parallel jest workers never see a half-written file.
 * - Logging: n8n-core's `ErrorReporter` logs every node error through the backend Logger
 *   (level `info` by default). `N8N_LOG_LEVEL=silent` keeps jest output clean (run e.g.
 *   `N8N_LOG_LEVEL=debug npx jest` when debugging).
 * - Expressions: n8n-workflow's `Expression` defaults to the in-process `legacy` evaluator.
 *   The isolated-vm (`vm`) / QuickJS engines are only switched on when a host calls
 *   `Expression.initExpressionEngine()` (the n8n CLI does, from `N8N_EXPRESSION_ENGINE`,
 *   whose @n8n/config default is `vm`). n8n-core never does, but we force `legacy`
 *   explicitly so nothing can make the harness need isolated-vm.
 */
export function prepareN8nEnvironment(): void {
	if (prepared) return;
	prepared = true;

	process.env.N8N_USER_FOLDER = HARNESS_USER_FOLDER;
	process.env.N8N_ENCRYPTION_KEY = HARNESS_ENCRYPTION_KEY;
	process.env.N8N_LOG_LEVEL ??= 'silent';
	writeSettingsFile();

	Expression.setExpressionEngine('legacy');
}

function writeSettingsFile(): void {
	const n8nFolder = path.join(HARNESS_USER_FOLDER, '.n8n');
	const settingsFile = path.join(n8nFolder, 'config');
	const content = JSON.stringify({ encryptionKey: HARNESS_ENCRYPTION_KEY }, null, '\t');
	if (existsSync(settingsFile) && readFileSync(settingsFile, 'utf8') === content) return;

	mkdirSync(n8nFolder, { recursive: true });
	const tmpFile = `${settingsFile}.${process.pid}.tmp`;
	writeFileSync(tmpFile, content, { mode: 0o600, encoding: 'utf8' });
	renameSync(tmpFile, settingsFile);
}
