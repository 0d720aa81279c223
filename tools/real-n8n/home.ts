import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureN8n, type N8nInstall } from './ensure';
import { cliError, runCli } from './n8nCli';

/** One n8n user folder (one SQLite database: run its CLI calls one at a time). */
export interface N8nHome {
	/** N8N_USER_FOLDER. */
	dir: string;
	n8n: N8nInstall;
	customExtensionsDir: string | undefined;
	/** Names of the packages installed as community packages. */
	communityPackages: string[];
	/** Full environment for n8n processes on this home. */
	env: NodeJS.ProcessEnv;
	/** Removes dir (unless N8N_E2E_KEEP=1). */
	cleanup: () => void;
}

export interface N8nHomeOptions {
	n8n?: N8nInstall;
	major?: number | string;
	customExtensionsDir?: string;
	communityPackageDirs?: string[];
	copyPackages?: boolean;
	dir?: string;
	encryptionKey?: string;
	env?: NodeJS.ProcessEnv;
	migrate?: boolean;
}

/** Links (or copies) package folders into `<home>/.n8n/nodes/node_modules/<name>`, where n8n loads community packages. */
function installCommunityPackages(dir: string, packageDirs: string[], copy: boolean): string[] {
	return packageDirs.map((pkgDir) => {
		const src = path.resolve(pkgDir);
		const name: string = JSON.parse(fs.readFileSync(path.join(src, 'package.json'), 'utf8')).name;
		if (!/^(@[^/]+\/)?n8n-nodes-/.test(name)) {
			throw new Error(`n8n loads community packages named n8n-nodes-* or @scope/n8n-nodes-* only, not "${name}"`);
		}
		const dest = path.join(dir, '.n8n', 'nodes', 'node_modules', name);
		fs.mkdirSync(path.dirname(dest), { recursive: true });
		fs.rmSync(dest, { recursive: true, force: true });
		if (copy) fs.cpSync(src, dest, { recursive: true, dereference: false });
		else fs.symlinkSync(src, dest, 'dir');
		return name;
	});
}

/**
 * A fresh N8N_USER_FOLDER (temp dir) to reuse for a whole test run. Runs n8n's database
 * migrations once (a cheap `list:workflow`) so later calls are fast.
 *
 * Two ways to load a node package:
 *  - customExtensionsDir: a folder set as N8N_CUSTOM_EXTENSIONS; its nodes get type
 *    `CUSTOM.<nodeName>`. n8n 2.41 and 1.123 do NOT find node-level credential tests
 *    (`testedBy` + `methods.credentialTest`) for these: credentials loaded this way have no
 *    `supportedNodes`, so the test answers "No testing function found for this credential.".
 *  - communityPackageDirs: package folders (with package.json `n8n` section and built files,
 *    and their runtime dependencies resolvable) linked (default) or copied into
 *    `<home>/.n8n/nodes/node_modules/<package name>`, where n8n loads installed community
 *    packages: node type `<package name>.<nodeName>`, and credential tests work.
 */
export async function createN8nHome(opts: N8nHomeOptions = {}): Promise<N8nHome> {
	const n8n = opts.n8n || (await ensureN8n(opts.major ?? 2));
	const dir = opts.dir || fs.mkdtempSync(path.join(os.tmpdir(), `n8n-e2e-home-${n8n.version}-`));
	fs.mkdirSync(dir, { recursive: true });
	const env: NodeJS.ProcessEnv = {
		...n8n.env,
		N8N_USER_FOLDER: dir,
		N8N_ENCRYPTION_KEY: opts.encryptionKey || 'n8n-e2e-fixed-encryption-key-0001',
		...(opts.env || {}),
	};
	if (opts.customExtensionsDir) env.N8N_CUSTOM_EXTENSIONS = path.resolve(opts.customExtensionsDir);
	const communityPackages = installCommunityPackages(dir, opts.communityPackageDirs || [], !!opts.copyPackages);
	const cleanup = () => {
		if (process.env.N8N_E2E_KEEP === '1') process.stderr.write(`[n8n-e2e] keeping ${dir}\n`);
		else fs.rmSync(dir, { recursive: true, force: true });
	};
	const home: N8nHome = { dir, n8n, customExtensionsDir: opts.customExtensionsDir, communityPackages, env, cleanup };
	if (opts.migrate !== false) {
		const r = await runCli(home, ['list:workflow']);
		if (r.code !== 0) throw cliError('n8n list:workflow (migrations)', r);
	}
	return home;
}
