/**
 * Self-test of the real-n8n tools with a throwaway demo node (./demoNode.ts):
 *   node scripts/real-n8n-selftest.js [major ...]      (default: 2)
 * Installs (cached) n8n, executes Manual Trigger -> CUSTOM.demoNode workflows headless (success,
 * node errors, continue-on-fail, an HTTP call to a local server, a credential), then starts the
 * editor and runs the node-level credential test through its REST API. Prints timings; exits
 * non-zero on the first failure.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { stageCommunityPackage } from '../communityPackage';
import { startEditor } from '../editor';
import { ensureN8n, type N8nInstall } from '../ensure';
import { executeWorkflow, executeWorkflows } from '../execute';
import { createN8nHome, type N8nHome } from '../home';
import { importCredentials, importWorkflow } from '../imports';
import { testCredential } from '../rest';
import { nodeError, nodeOutput } from '../runs';
import { demoWorkflow, writeDemoPackage } from './demoNode';

const say = (s: string) => process.stdout.write(`${s}\n`);

interface PingServer {
	url: string;
	hits: string[];
	close: () => Promise<void>;
}

function startPingServer(): Promise<PingServer> {
	const hits: string[] = [];
	const srv = http.createServer((req, res) => {
		hits.push(`${req.method} ${req.url} key=${req.headers['x-api-key'] || ''}`);
		if (req.url === '/ping' && req.headers['x-api-key'] === 'good') res.writeHead(200, { 'content-type': 'application/json' }).end('{"pong":true}');
		else if (req.url === '/ping') res.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"bad key"}');
		else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ path: req.url }));
	});
	return new Promise((resolve) => {
		srv.listen(0, '127.0.0.1', () => {
			const a = srv.address() as AddressInfo;
			resolve({ url: `http://127.0.0.1:${a.port}`, hits, close: () => new Promise((r) => srv.close(() => r())) });
		});
	});
}

/** Headless runs of the demo node from N8N_CUSTOM_EXTENSIONS: success, errors, continue-on-fail, HTTP, one batch. */
async function headlessRuns(major: string, home: N8nHome, ping: PingServer): Promise<void> {
	const [cred] = await importCredentials(home, [{ name: 'Demo', type: 'demoApi', data: { apiKey: 'secret-1' } }]);
	const okId = await importWorkflow(home, demoWorkflow({ credentialId: cred.id }));
	const okRun = await executeWorkflow(home, okId);
	assert.equal(nodeError(okRun), undefined);
	const out = nodeOutput(okRun, 'Demo Node');
	say(`[${major}] ok output (exit ${okRun.__cli.code}): ${JSON.stringify(out)}`);
	assert.deepEqual([out.length, out[0].hello, out[0].apiKey], [1, 'world', 'secret-1']);
	for (const mode of ['plainError', 'opError']) {
		const err = nodeError(await executeWorkflow(home, await importWorkflow(home, demoWorkflow({ mode }))));
		say(`[${major}] ${mode}: nodeError ${JSON.stringify(err && { ...err, raw: undefined })}`);
		assert.ok(err, `${mode} should fail`);
		assert.equal(err.nodeName, 'Demo Node');
		assert.match(err.message, mode === 'plainError' ? /plain failure/ : /operation failed|n8n-workflow not resolvable/);
	}
	const cofId = await importWorkflow(home, demoWorkflow({ mode: 'plainError', continueOnFail: true }));
	assert.equal(nodeError(await executeWorkflow(home, cofId)), undefined);
	const httpId = await importWorkflow(home, demoWorkflow({ mode: 'http', url: `${ping.url}/hello` }));
	assert.deepEqual(nodeOutput(await executeWorkflow(home, httpId), 'Demo Node')[0].res, { path: '/hello' });

	const batchIds = [okId, cofId, httpId, await importWorkflow(home, demoWorkflow({ mode: 'opError' }))];
	const t0 = Date.now();
	const batch = await executeWorkflows(home, batchIds);
	say(`[${major}] executeWorkflows (${batchIds.length} workflows, 1 failing -> rerun) ${Date.now() - t0} ms`);
	assert.equal(nodeOutput(batch[okId], 'Demo Node')[0].hello, 'world');
	assert.equal(nodeOutput(batch[cofId], 'Demo Node')[0].error, 'plain failure');
	assert.deepEqual(nodeOutput(batch[httpId], 'Demo Node')[0].res, { path: '/hello' });
	assert.equal(nodeError(batch[batchIds[3]])?.message, 'operation failed');
}

/** The same package installed as a community package: the node runs and node-level credential tests work. */
async function communityPackage(major: string, n8n: N8nInstall, ext: string, ping: PingServer): Promise<void> {
	const staged = await stageCommunityPackage(path.join(ext, 'n8n-nodes-demo'), { into: path.join(ext, 'staged') });
	const home = await createN8nHome({ n8n, communityPackageDirs: [staged] });
	try {
		const run = await executeWorkflow(home, await importWorkflow(home, demoWorkflow({ nodeType: 'n8n-nodes-demo.demoNode' })));
		assert.equal(nodeOutput(run, 'Demo Node')[0].hello, 'world');
		const editor = await startEditor(home, { port: 0 });
		try {
			const test = (data: Record<string, unknown>) => testCredential(editor, { type: 'demoApi', data });
			const results = [await test({ apiKey: 'good' }), await test({ apiKey: 'nope' })];
			results.push(await test({ apiKey: 'good', baseUrl: ping.url }), await test({ apiKey: 'x', baseUrl: ping.url }));
			say(`[${major}] credential tests (good, bad, via HTTP good, bad): ${JSON.stringify(results)}`);
			assert.deepEqual(results.map((r) => r.status), ['OK', 'Error', 'OK', 'Error']);
			assert.equal(results[1].message, 'Invalid API key');
		} catch (e) {
			say(editor.logs().slice(-4000));
			throw e;
		} finally {
			await editor.stop();
		}
	} finally {
		home.cleanup();
	}
}

async function selftest(major: string): Promise<void> {
	const t0 = Date.now();
	const n8n = await ensureN8n(major);
	say(`[${major}] n8n ${n8n.version} on ${n8n.nodeBin}: ensureN8n ${Date.now() - t0} ms`);
	const ext = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-demo-ext-'));
	writeDemoPackage(path.join(ext, 'n8n-nodes-demo'));
	const home = await createN8nHome({ n8n, customExtensionsDir: ext });
	const ping = await startPingServer();
	try {
		await headlessRuns(major, home, ping);
		const editor = await startEditor(home, { port: 0 });
		try {
			const r = await testCredential(editor, { type: 'demoApi', data: { apiKey: 'good' } });
			say(`[${major}] credential test, node from N8N_CUSTOM_EXTENSIONS: ${JSON.stringify(r)}`);
		} finally {
			await editor.stop();
		}
		await communityPackage(major, n8n, ext, ping);
		say(`[${major}] ping server saw: ${ping.hits.join(' | ')}`);
	} finally {
		await ping.close();
		home.cleanup();
		fs.rmSync(ext, { recursive: true, force: true });
	}
}

export async function main(majors: string[]): Promise<void> {
	for (const major of majors.length ? majors : ['2']) await selftest(major);
	say('selftest: all passed');
}
