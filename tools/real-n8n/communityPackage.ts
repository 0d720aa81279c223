import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanNpmEnv, npmCommand } from './npmEnv';

/** Runs npm without the project's npm settings (see cleanNpmEnv) or a test runner's NODE_OPTIONS; resolves to its stdout. */
function npmRun(args: string[], cwd: string, timeoutMs: number): Promise<string> {
	return new Promise((resolve, reject) => {
		const env = cleanNpmEnv();
		delete env.NODE_OPTIONS;
		const child = spawn(npmCommand, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		let err = '';
		child.stdout.on('data', (b) => (out += b));
		child.stderr.on('data', (b) => (err += b));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('error', reject);
		child.on('close', (code) => {
			clearTimeout(timer);
			if (code === 0) resolve(out);
			else reject(new Error(`npm ${args.join(' ')} (in ${cwd}) exited ${code}\n${out.slice(-3000)}\n${err.slice(-3000)}`));
		});
	});
}

async function untar(tarball: string, dest: string): Promise<void> {
	fs.rmSync(dest, { recursive: true, force: true });
	fs.mkdirSync(dest, { recursive: true });
	const tar = spawn('tar', ['-xzf', tarball, '-C', dest, '--strip-components=1'], { stdio: 'inherit' });
	const code = await new Promise((r) => tar.on('close', r));
	if (code !== 0) throw new Error(`tar exited ${code}`);
}

/**
 * An installed copy of a package, made the way n8n's community-package installer would: `npm pack`
 * it (so only its `files` ship), unpack the tarball into `<into>/<name>`, and `npm install
 * --omit=dev --omit=peer` its runtime dependencies there (n8n-workflow, a peer dependency, then
 * resolves to the running n8n's own copy). Build the package first. Pass the returned folder to
 * createN8nHome({ communityPackageDirs: [it] }).
 */
export async function stageCommunityPackage(packageDir: string, opts: { into?: string; timeoutMs?: number } = {}): Promise<string> {
	const src = path.resolve(packageDir);
	const into = opts.into || fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-pkg-'));
	const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-pack-'));
	const timeoutMs = opts.timeoutMs ?? 600_000;
	try {
		const packed = JSON.parse(await npmRun(['pack', '--json', '--ignore-scripts', '--pack-destination', packDir, src], packDir, timeoutMs));
		const { filename, name } = packed[0] as { filename: string; name: string };
		const dest = path.join(into, name);
		await untar(path.join(packDir, path.basename(filename)), dest);
		const pkg = JSON.parse(fs.readFileSync(path.join(dest, 'package.json'), 'utf8'));
		if (pkg.dependencies && Object.keys(pkg.dependencies).length) {
			const args = ['install', '--omit=dev', '--omit=peer', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'];
			await npmRun(args, dest, timeoutMs);
		}
		return dest;
	} finally {
		fs.rmSync(packDir, { recursive: true, force: true });
	}
}
