// @ts-check
/**
 * Drive a REAL n8n (installed from the npm registry by scripts/install-n8n.js into a cache
 * folder outside the repo) for end-to-end tests: import credentials and workflows, execute
 * workflows headless, start the editor, run a credential test through its REST API.
 *
 * Plain CommonJS, runnable with plain node (no build step).
 *
 * Typical use (one home per test run; n8n CLI calls on one home must run one at a time,
 * they share a SQLite database):
 *
 *   const n8n = await ensureN8n(2);
 *   const home = await createN8nHome({ n8n, customExtensionsDir });
 *   await importCredentials(home, [{ id: 'cred000000000001', name: 'Sandbox', type: 'talonOneApi', data: {...} }]);
 *   const id = await importWorkflow(home, workflowJson);
 *   const run = await executeWorkflow(home, id);
 *   nodeOutput(run, 'Talon.One')  // -> [{...json of item 0}, ...]
 *   nodeError(run)                // -> undefined | { message, description, nodeName, ... }
 *   home.cleanup();
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const net = require('node:net');
const crypto = require('node:crypto');
const { spawn } = require('node:child_process');

const { installN8n, cleanNpmEnv } = require('./install.js');

/**
 * @typedef {object} N8nInstall
 * @property {string} n8nBin   path of n8n's CLI script (run it with nodeBin)
 * @property {string} nodeBin  the Node binary n8n must run on (Node 24 for n8n 2.x)
 * @property {string} version  n8n version
 * @property {string} dir      install folder in the cache
 * @property {NodeJS.ProcessEnv} env  base environment for n8n processes (PATH has nodeBin's folder first)
 */

/**
 * @typedef {object} N8nHome
 * @property {string} dir                 N8N_USER_FOLDER
 * @property {N8nInstall} n8n
 * @property {string|undefined} customExtensionsDir
 * @property {string[]} communityPackages   names of packages installed as community packages
 * @property {NodeJS.ProcessEnv} env      full env for n8n processes on this home
 * @property {() => void} cleanup         removes dir (unless N8N_E2E_KEEP=1)
 */

/**
 * @typedef {object} CliResult
 * @property {number|null} code
 * @property {string} stdout
 * @property {string} stderr
 * @property {number} ms
 * @property {boolean} timedOut
 */

const DEFAULT_TIMEOUT_MS = 180_000;

/**
 * Make sure real n8n is installed (cached) and return how to run it.
 * @param {number|string} [major] 2 (default, n8n 2.41.1 on Node 24) or 1 (n8n 1.123.x on the machine's Node), or an exact version
 * @returns {Promise<N8nInstall>}
 */
async function ensureN8n(major = 2) {
	const r = await installN8n(String(major));
	/** @type {NodeJS.ProcessEnv} */
	const env = { ...process.env };
	// a test runner's NODE_OPTIONS (ts-node, coverage hooks...) must not leak into n8n
	delete env.NODE_OPTIONS;
	for (const k of Object.keys(env)) if (/^npm_/i.test(k)) delete env[k];
	env.PATH = `${path.dirname(r.nodeBin)}${path.delimiter}${process.env.PATH || ''}`;
	Object.assign(env, {
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_RUNNERS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_PUBLIC_API_DISABLED: 'true',
		N8N_LOG_LEVEL: process.env.N8N_E2E_LOG_LEVEL || 'warn',
		N8N_BLOCK_ENV_ACCESS_IN_NODE: 'false',
		N8N_GIT_NODE_DISABLE_BARE_REPOS: 'true',
		NODE_ENV: 'production',
		...r.env,
	});
	return { n8nBin: r.n8nBin, nodeBin: r.nodeBin, version: r.version, dir: r.dir, env };
}

/** @param {number} [n] */
function randomId(n = 16) {
	const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	const bytes = crypto.randomBytes(n);
	let s = '';
	for (let i = 0; i < n; i++) s += chars[bytes[i] % chars.length];
	return s;
}

/**
 * Run an n8n CLI command on a home. Never rejects on a non-zero exit: look at `code`.
 * @param {N8nHome} home
 * @param {string[]} args
 * @param {{timeoutMs?: number, env?: NodeJS.ProcessEnv}} [opts]
 * @returns {Promise<CliResult>}
 */
async function runCli(home, args, opts = {}) {
	const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const t0 = Date.now();
	// n8n 2.x starts its task broker (default port 5679) even with runners disabled:
	// give each process its own port so CLI calls and an editor never collide
	const brokerPort = await freePort();
	return new Promise((resolve, reject) => {
		const child = spawn(home.n8n.nodeBin, [home.n8n.n8nBin, ...args], {
			cwd: home.dir,
			env: { ...home.env, N8N_RUNNERS_BROKER_PORT: String(brokerPort), ...(opts.env || {}) },
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true, // own process group, so a timeout can end n8n and its children
		});
		/** @type {Buffer[]} */ const out = [];
		/** @type {Buffer[]} */ const err = [];
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			killGroup(child.pid, 'SIGKILL');
		}, timeoutMs);
		child.stdout.on('data', (b) => out.push(b));
		child.stderr.on('data', (b) => err.push(b));
		child.on('error', (e) => {
			clearTimeout(timer);
			reject(e);
		});
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({
				code,
				stdout: Buffer.concat(out).toString('utf8'),
				stderr: Buffer.concat(err).toString('utf8'),
				ms: Date.now() - t0,
				timedOut,
			});
		});
	});
}

/** @param {number|undefined} pid @param {NodeJS.Signals} sig */
function killGroup(pid, sig) {
	if (!pid) return;
	try {
		process.kill(-pid, sig);
	} catch {
		try {
			process.kill(pid, sig);
		} catch {
			/* already gone */
		}
	}
}

/** @param {string} what @param {CliResult} r */
function cliError(what, r) {
	const tail = (/** @type {string} */ s) => (s.length > 6000 ? '…' + s.slice(-6000) : s);
	return new Error(
		`${what} failed (exit ${r.code}${r.timedOut ? ', TIMED OUT' : ''}, ${r.ms} ms)\n--- stdout ---\n${tail(r.stdout)}\n--- stderr ---\n${tail(r.stderr)}`,
	);
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
 * @param {{n8n?: N8nInstall, major?: number|string, customExtensionsDir?: string, communityPackageDirs?: string[], copyPackages?: boolean, dir?: string, encryptionKey?: string, env?: NodeJS.ProcessEnv, migrate?: boolean}} [opts]
 * @returns {Promise<N8nHome>}
 */
async function createN8nHome(opts = {}) {
	const n8n = opts.n8n || (await ensureN8n(opts.major ?? 2));
	const dir = opts.dir || fs.mkdtempSync(path.join(os.tmpdir(), `n8n-e2e-home-${n8n.version}-`));
	fs.mkdirSync(dir, { recursive: true });
	/** @type {NodeJS.ProcessEnv} */
	const env = {
		...n8n.env,
		N8N_USER_FOLDER: dir,
		N8N_ENCRYPTION_KEY: opts.encryptionKey || 'n8n-e2e-fixed-encryption-key-0001',
		...(opts.env || {}),
	};
	if (opts.customExtensionsDir) env.N8N_CUSTOM_EXTENSIONS = path.resolve(opts.customExtensionsDir);
	/** @type {string[]} */
	const communityPackages = [];
	for (const pkgDir of opts.communityPackageDirs || []) {
		const src = path.resolve(pkgDir);
		const name = JSON.parse(fs.readFileSync(path.join(src, 'package.json'), 'utf8')).name;
		if (!/^(@[^/]+\/)?n8n-nodes-/.test(name)) {
			throw new Error(`n8n loads community packages named n8n-nodes-* or @scope/n8n-nodes-* only, not "${name}"`);
		}
		const dest = path.join(dir, '.n8n', 'nodes', 'node_modules', name);
		fs.mkdirSync(path.dirname(dest), { recursive: true });
		fs.rmSync(dest, { recursive: true, force: true });
		if (opts.copyPackages) fs.cpSync(src, dest, { recursive: true, dereference: false });
		else fs.symlinkSync(src, dest, 'dir');
		communityPackages.push(name);
	}
	/** @type {N8nHome} */
	const home = {
		dir,
		n8n,
		customExtensionsDir: opts.customExtensionsDir,
		communityPackages,
		env,
		cleanup() {
			if (process.env.N8N_E2E_KEEP === '1') {
				process.stderr.write(`[n8n-e2e] keeping ${dir}\n`);
				return;
			}
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
	if (opts.migrate !== false) {
		const r = await runCli(home, ['list:workflow']);
		if (r.code !== 0) throw cliError('n8n list:workflow (migrations)', r);
	}
	return home;
}

/**
 * Make an installed copy of a package the way n8n's community-package installer would:
 * `npm pack` it (so only its `files` ship), unpack the tarball into `<into>/<name>`, and
 * `npm install --omit=dev --omit=peer` its runtime dependencies there (n8n-workflow, a peer
 * dependency, then resolves to the running n8n's own copy). Build the package first.
 * Pass the returned folder to createN8nHome({ communityPackageDirs: [it] }).
 * @param {string} packageDir
 * @param {{into?: string, timeoutMs?: number}} [opts] into: parent folder (default: a new temp dir)
 * @returns {Promise<string>} folder of the installed package
 */
async function stageCommunityPackage(packageDir, opts = {}) {
	const src = path.resolve(packageDir);
	const into = opts.into || fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-pkg-'));
	const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-pack-'));
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	/** @param {string[]} args @param {string} cwd */
	const npmRun = (args, cwd) =>
		new Promise((resolve, reject) => {
			const env = cleanNpmEnv();
			delete env.NODE_OPTIONS;
			const child = spawn(npm, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
			let out = '';
			let err = '';
			child.stdout.on('data', (b) => (out += b));
			child.stderr.on('data', (b) => (err += b));
			const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 600_000);
			child.on('error', reject);
			child.on('close', (code) => {
				clearTimeout(timer);
				if (code === 0) resolve(out);
				else reject(new Error(`npm ${args.join(' ')} (in ${cwd}) exited ${code}\n${out.slice(-3000)}\n${err.slice(-3000)}`));
			});
		});
	try {
		const packed = JSON.parse(String(await npmRun(['pack', '--json', '--ignore-scripts', '--pack-destination', packDir, src], packDir)));
		const { filename, name } = packed[0];
		const dest = path.join(into, name);
		fs.rmSync(dest, { recursive: true, force: true });
		fs.mkdirSync(dest, { recursive: true });
		const tar = spawn('tar', ['-xzf', path.join(packDir, path.basename(filename)), '-C', dest, '--strip-components=1'], { stdio: 'inherit' });
		const tarCode = await new Promise((r) => tar.on('close', r));
		if (tarCode !== 0) throw new Error(`tar exited ${tarCode}`);
		const pkg = JSON.parse(fs.readFileSync(path.join(dest, 'package.json'), 'utf8'));
		if (pkg.dependencies && Object.keys(pkg.dependencies).length) {
			await npmRun(['install', '--omit=dev', '--omit=peer', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], dest);
		}
		return dest;
	} finally {
		fs.rmSync(packDir, { recursive: true, force: true });
	}
}

/**
 * Import credentials. Each: { id?, name, type, data } with plain `data` (n8n encrypts it).
 * Missing ids are generated. Returns the credentials as imported (with ids).
 * A workflow node refers to one with `credentials: { <type>: { id, name } }`.
 * @param {N8nHome} home
 * @param {Array<{id?: string, name: string, type: string, data: Record<string, unknown>}>} creds
 * @returns {Promise<Array<{id: string, name: string, type: string, data: Record<string, unknown>}>>}
 */
async function importCredentials(home, creds) {
	const list = creds.map((c) => ({ ...c, id: c.id || randomId() }));
	const file = path.join(home.dir, `creds-${randomId(8)}.json`);
	fs.writeFileSync(file, JSON.stringify(list, null, 2));
	try {
		const r = await runCli(home, ['import:credentials', `--input=${file}`], { env: { N8N_LOG_LEVEL: 'info' } });
		if (r.code !== 0 || /error/i.test(r.stderr.replace(/deprecat\w*/gi, '')) && !/Successfully imported/i.test(r.stdout + r.stderr)) {
			throw cliError('n8n import:credentials', r);
		}
	} finally {
		fs.rmSync(file, { force: true });
	}
	return list;
}

/**
 * Import one workflow ({ name, nodes, connections, ... }). An `id` is generated if missing.
 * @param {N8nHome} home
 * @param {Record<string, any>} workflowJson
 * @returns {Promise<string>} the workflow id
 */
async function importWorkflow(home, workflowJson) {
	const wf = {
		name: 'e2e',
		active: false,
		settings: { executionOrder: 'v1' },
		connections: {},
		...workflowJson,
		id: workflowJson.id || randomId(),
	};
	const file = path.join(home.dir, `wf-${wf.id}.json`);
	fs.writeFileSync(file, JSON.stringify(wf, null, 2));
	try {
		const r = await runCli(home, ['import:workflow', `--input=${file}`], { env: { N8N_LOG_LEVEL: 'info' } });
		if (r.code !== 0 || !/Successfully imported/i.test(r.stdout + r.stderr)) throw cliError('n8n import:workflow', r);
	} finally {
		fs.rmSync(file, { force: true });
	}
	return wf.id;
}

/**
 * Extract the run JSON from `n8n execute --rawOutput` stdout. n8n prints it with
 * JSON.stringify(run, null, 2): it starts at a line that is just `{` (on success the first
 * `{` of stdout; on a failed run it is printed by the logger at level info, possibly after
 * other log lines) and ends at a line that is just `}`.
 * @param {string} stdout
 * @returns {any | undefined}
 */
function parseRawOutput(stdout) {
	const starts = [];
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

/**
 * Execute an imported workflow headless (`n8n execute --id <id> --rawOutput`) and return the
 * parsed run (IRun: { data: { resultData: { runData, error?, lastNodeExecuted } }, status, ... }).
 * A workflow whose node failed still resolves (n8n 2.x prints the run then exits 1): check
 * `nodeError(run)`. Rejects (with stdout/stderr in the message) when no run JSON came out.
 * The CliResult is attached as a non-enumerable `__cli` property.
 * @param {N8nHome} home
 * @param {string} id
 * @param {{timeoutMs?: number}} [opts]
 * @returns {Promise<any>}
 */
async function executeWorkflow(home, id, opts = {}) {
	// level info: on a failed run n8n prints the run JSON only through logger.info
	const r = await runCli(home, ['execute', `--id=${id}`, '--rawOutput'], {
		timeoutMs: opts.timeoutMs,
		env: { N8N_LOG_LEVEL: 'info' },
	});
	const run = r.timedOut ? undefined : parseRawOutput(r.stdout);
	if (!run || typeof run !== 'object' || !run.data) throw cliError(`n8n execute --id=${id}`, r);
	Object.defineProperty(run, '__cli', { value: r, enumerable: false });
	return run;
}

/**
 * Execute several imported workflows in ONE n8n process (`n8n execute-batch`), saving the
 * ~3 s start-up per workflow. Successful runs come from execute-batch's snapshot files (the
 * same run JSON as executeWorkflow); a workflow that failed there is executed again on its
 * own with executeWorkflow to get its full error (so its external calls happen twice).
 * @param {N8nHome} home
 * @param {string[]} ids
 * @param {{timeoutMs?: number, rerunFailures?: boolean}} [opts]
 * @returns {Promise<Record<string, any>>} id -> run JSON (failed ones without rerun: { error })
 */
async function executeWorkflows(home, ids, opts = {}) {
	if (ids.length === 0) return {};
	const snapDir = fs.mkdtempSync(path.join(home.dir, 'batch-'));
	const outFile = path.join(snapDir, 'summary.json');
	try {
		const r = await runCli(
			home,
			['execute-batch', `--ids=${ids.join(',')}`, '--retries=0', '--concurrency=1', `--snapshot=${snapDir}`, `--output=${outFile}`],
			{ timeoutMs: opts.timeoutMs ?? 60_000 + ids.length * 60_000, env: { N8N_LOG_LEVEL: 'info' } },
		);
		if (r.timedOut || !fs.existsSync(outFile)) throw cliError('n8n execute-batch', r);
		const summary = JSON.parse(fs.readFileSync(outFile, 'utf8'));
		/** @type {Record<string, any>} */
		const runs = {};
		for (const id of ids) {
			const snap = path.join(snapDir, `${id}-snapshot.json`);
			if (fs.existsSync(snap)) {
				runs[id] = JSON.parse(fs.readFileSync(snap, 'utf8'));
			} else if (opts.rerunFailures === false) {
				const e = (summary.executions || []).find((/** @type {any} */ x) => String(x.workflowId) === id);
				runs[id] = { data: { resultData: { runData: {}, error: { message: e ? e.error : 'not executed' } } }, status: 'error' };
			} else {
				runs[id] = await executeWorkflow(home, id, { timeoutMs: opts.timeoutMs });
			}
		}
		return runs;
	} finally {
		fs.rmSync(snapDir, { recursive: true, force: true });
	}
}

/**
 * Output items' `json` of a node in a run.
 * @param {any} run parsed run JSON
 * @param {string} nodeName
 * @param {{outputIndex?: number, runIndex?: number, withBinary?: boolean}} [opts]
 * @returns {any[]}
 */
function nodeOutput(run, nodeName, opts = {}) {
	const runData = run?.data?.resultData?.runData;
	const nodeRuns = runData?.[nodeName];
	if (!nodeRuns) {
		throw new Error(`node "${nodeName}" did not run; ran: ${Object.keys(runData || {}).join(', ') || '(none)'}`);
	}
	const taskData = nodeRuns[opts.runIndex ?? 0];
	if (!taskData) throw new Error(`node "${nodeName}" has no run #${opts.runIndex ?? 0}`);
	if (taskData.error && !taskData.data) {
		throw new Error(`node "${nodeName}" failed: ${taskData.error.message}`);
	}
	const items = taskData.data?.main?.[opts.outputIndex ?? 0] || [];
	return items.map((/** @type {any} */ i) => (opts.withBinary ? { json: i.json, binary: i.binary } : i.json));
}

/**
 * The error of a failed run, or undefined when it succeeded.
 * @param {any} run parsed run JSON
 * @returns {undefined | {message: string, description?: string, nodeName?: string, name?: string, httpCode?: string, itemIndex?: number, raw: any}}
 */
function nodeError(run) {
	const rd = run?.data?.resultData;
	/** @type {string|undefined} */
	let failedNode;
	let nodeErr;
	for (const [name, runs] of Object.entries(rd?.runData || {})) {
		const withErr = /** @type {any[]} */ (runs).find((t) => t && t.error);
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

/** @returns {Promise<number>} a free TCP port on localhost */
function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const addr = srv.address();
			const port = typeof addr === 'object' && addr ? addr.port : 0;
			srv.close(() => resolve(port));
		});
	});
}

/**
 * @typedef {object} Editor
 * @property {string} url        e.g. http://localhost:5678
 * @property {number} port
 * @property {N8nHome} home
 * @property {() => string} logs stdout+stderr so far
 * @property {() => Promise<void>} stop
 * @property {{cookie?: string, browserId: string, email: string, password: string}} auth  (filled by login())
 */

/**
 * Start `n8n start` on a home; resolves when /healthz answers and the REST API is up.
 * @param {N8nHome} home
 * @param {{port?: number, timeoutMs?: number, env?: NodeJS.ProcessEnv, inheritOutput?: boolean}} [opts]
 *   port: default 5678; 0 = pick a free one.
 * @returns {Promise<Editor>}
 */
async function startEditor(home, opts = {}) {
	const port = opts.port === 0 ? await freePort() : opts.port ?? 5678;
	const brokerPort = await freePort();
	const url = `http://localhost:${port}`;
	const child = spawn(home.n8n.nodeBin, [home.n8n.n8nBin, 'start'], {
		cwd: home.dir,
		env: {
			...home.env,
			N8N_PORT: String(port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: 'localhost',
			N8N_PROTOCOL: 'http',
			N8N_EDITOR_BASE_URL: url,
			N8N_RUNNERS_BROKER_PORT: String(brokerPort),
			N8N_LOG_LEVEL: process.env.N8N_E2E_LOG_LEVEL || 'info',
			...(opts.env || {}),
		},
		stdio: ['ignore', opts.inheritOutput ? 'inherit' : 'pipe', opts.inheritOutput ? 'inherit' : 'pipe'],
		detached: true,
	});
	let logs = '';
	/** @param {Buffer} b */
	const onData = (b) => {
		logs = (logs + b.toString()).slice(-200_000);
	};
	child.stdout?.on('data', onData);
	child.stderr?.on('data', onData);
	let exited = /** @type {null | {code: number|null, signal: string|null}} */ (null);
	const exitPromise = new Promise((resolve) => {
		child.on('exit', (code, signal) => {
			exited = { code, signal };
			resolve(undefined);
		});
	});

	/** @type {Editor} */
	const editor = {
		url,
		port,
		home,
		logs: () => logs,
		auth: { browserId: `e2e-${randomId(12)}`, email: 'owner@e2e.test', password: 'E2eOwnerPassw0rd!' },
		async stop() {
			if (exited) return;
			killGroup(child.pid, 'SIGTERM');
			const t = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 15_000);
			await exitPromise;
			clearTimeout(t);
		},
	};

	const deadline = Date.now() + (opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
	/** @param {string} p */
	const ok = async (p) => {
		try {
			const res = await fetch(url + p, { signal: AbortSignal.timeout(5000) });
			await res.arrayBuffer();
			return res.status === 200;
		} catch {
			return false;
		}
	};
	for (;;) {
		if (exited) {
			throw new Error(`n8n start exited early (${JSON.stringify(exited)})\n${logs.slice(-6000)}`);
		}
		if ((await ok('/healthz')) && (await ok('/rest/settings'))) break;
		if (Date.now() > deadline) {
			await editor.stop();
			throw new Error(`n8n start did not answer ${url}/healthz in time\n${logs.slice(-6000)}`);
		}
		await new Promise((r) => setTimeout(r, 500));
	}
	return editor;
}

/**
 * Call the editor's REST API with the logged-in session (if any).
 * @param {Editor} editor
 * @param {string} method
 * @param {string} p path, e.g. /rest/credentials/test
 * @param {unknown} [body]
 * @returns {Promise<{status: number, json: any, text: string, headers: Headers}>}
 */
async function rest(editor, method, p, body) {
	/** @type {Record<string,string>} */
	const headers = { 'browser-id': editor.auth.browserId, accept: 'application/json' };
	if (body !== undefined) headers['content-type'] = 'application/json';
	if (editor.auth.cookie) headers.cookie = editor.auth.cookie;
	const res = await fetch(editor.url + p, {
		method,
		headers,
		body: body === undefined ? undefined : JSON.stringify(body),
		signal: AbortSignal.timeout(60_000),
	});
	const text = await res.text();
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return { status: res.status, json, text, headers: res.headers };
}

/** @param {Headers} headers */
function authCookieFrom(headers) {
	const all = typeof headers.getSetCookie === 'function' ? headers.getSetCookie() : [headers.get('set-cookie') || ''];
	for (const c of all) {
		const m = /(?:^|,\s*)(n8n-auth=[^;]+)/.exec(c);
		if (m) return m[1];
	}
	return undefined;
}

/**
 * Log in as the instance owner, setting the owner up first on a fresh instance.
 * @param {Editor} editor
 * @returns {Promise<void>}
 */
async function login(editor) {
	if (editor.auth.cookie) return;
	const { email, password } = editor.auth;
	const setup = await rest(editor, 'POST', '/rest/owner/setup', {
		email,
		firstName: 'E2E',
		lastName: 'Owner',
		password,
	});
	let cookie = setup.status === 200 ? authCookieFrom(setup.headers) : undefined;
	if (!cookie) {
		// owner exists already (reused home): log in (2.x and late 1.x: emailOrLdapLoginId; older: email)
		const res = await rest(editor, 'POST', '/rest/login', { emailOrLdapLoginId: email, email, password });
		cookie = res.status === 200 ? authCookieFrom(res.headers) : undefined;
		if (!cookie) {
			throw new Error(
				`could not set up or log in the owner: setup ${setup.status} ${setup.text.slice(0, 500)}; login ${res.status} ${res.text.slice(0, 500)}`,
			);
		}
	}
	editor.auth.cookie = cookie;
}

/**
 * Run a credential's test in the real n8n (the node's `methods.credentialTest.<fn>` named by
 * `testedBy`, or the credential type's own `test` request), like the editor's "Test" button:
 * POST /rest/credentials/test as the instance owner (set up on first use).
 * Without `id`, n8n 2.x tests unsaved data when sent with id '' (the owner may);
 * if the instance refuses that, the credential is saved, tested by id, then deleted.
 * @param {Editor} editor
 * @param {{type: string, data: Record<string, unknown>, name?: string, id?: string}} credential
 * @returns {Promise<{status: 'OK'|'Error', message: string}>}
 */
async function testCredential(editor, credential) {
	await login(editor);
	const name = credential.name || `e2e ${credential.type}`;
	/** @param {string} id */
	const post = (id) =>
		rest(editor, 'POST', '/rest/credentials/test', {
			credentials: { id, name, type: credential.type, data: credential.data },
		});
	let res = await post(credential.id ?? '');
	if (credential.id === undefined && (res.status === 403 || res.status === 404 || res.status === 400)) {
		const created = await rest(editor, 'POST', '/rest/credentials', { name, type: credential.type, data: credential.data });
		const id = created.json?.data?.id ?? created.json?.id;
		if (created.status !== 200 || !id) {
			throw new Error(`credential test refused (${res.status} ${res.text.slice(0, 500)}) and saving it failed: ${created.status} ${created.text.slice(0, 1000)}`);
		}
		try {
			res = await post(String(id));
		} finally {
			await rest(editor, 'DELETE', `/rest/credentials/${id}`);
		}
	}
	const result = res.json && (res.json.data ?? res.json);
	if (res.status !== 200 || !result || (result.status !== 'OK' && result.status !== 'Error')) {
		throw new Error(`POST /rest/credentials/test answered ${res.status}: ${res.text.slice(0, 2000)}`);
	}
	return { status: result.status, message: String(result.message ?? '') };
}

module.exports = {
	ensureN8n,
	createN8nHome,
	stageCommunityPackage,
	runCli,
	importCredentials,
	importWorkflow,
	executeWorkflow,
	executeWorkflows,
	parseRawOutput,
	nodeOutput,
	nodeError,
	startEditor,
	login,
	rest,
	testCredential,
	freePort,
	randomId,
};
