/** B4: footprint: the time to require the compiled node, and the npm tarball. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../tools/repoRoot';
import { log } from './clients';
import { median, round, type Report } from './stats';

const REPS = 9;
const NODE_JS = path.join(REPO_ROOT, 'dist', 'nodes', 'TalonOne', 'TalonOne.node.js');

function requireMs(preloadWorkflow: boolean): number {
	const script = [
		"const { performance } = require('node:perf_hooks');",
		preloadWorkflow ? "require('n8n-workflow');" : '',
		'const start = performance.now();',
		`require(${JSON.stringify(NODE_JS)});`,
		'process.stdout.write(String(performance.now() - start));',
	].join('\n');
	const result = spawnSync(process.execPath, ['-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`require failed: ${result.stderr}`);
	return Number(result.stdout);
}

export async function measure() {
	log('B4 footprint');
	if (!existsSync(NODE_JS)) throw new Error('dist/ is missing: run `npm run build` first (npm run bench does)');
	const withPeer: number[] = [];
	const cold: number[] = [];
	for (let i = 0; i < REPS; i++) {
		withPeer.push(requireMs(true));
		cold.push(requireMs(false));
	}
	const pack = spawnSync('npm', ['pack', '--dry-run', '--json'], { cwd: REPO_ROOT, encoding: 'utf8' });
	if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
	const [info] = JSON.parse(pack.stdout) as Array<{ size: number; unpackedSize: number; entryCount: number }>;
	return {
		requireMs: round(median(withPeer), 1),
		requireMsRuns: withPeer.map((v) => round(v, 1)),
		requireMsIncludingN8nWorkflow: round(median(cold), 1),
		requireMsIncludingN8nWorkflowRuns: cold.map((v) => round(v, 1)),
		tarballBytes: info.size,
		unpackedBytes: info.unpackedSize,
		files: info.entryCount,
	};
}

export function report(B4: Awaited<ReturnType<typeof measure>>, r: Report): void {
	r.row('B4 footprint', 'require dist/nodes/TalonOne/TalonOne.node.js', `${B4.requireMs} ms`, '', '', `${B4.requireMsIncludingN8nWorkflow} ms when n8n-workflow is not loaded yet`);
	r.row('', 'npm pack tarball', `${(B4.tarballBytes / 1000).toFixed(1)} kB`, '', '', `${B4.files} files, ${(B4.unpackedBytes / 1000).toFixed(1)} kB unpacked`);
	r.goal('B4 require time', '< 100 ms', `${B4.requireMs} ms`, B4.requireMs < 100);
	r.goal('B4 tarball', '< 150 kB', `${(B4.tarballBytes / 1000).toFixed(1)} kB`, B4.tarballBytes < 150_000);
}
