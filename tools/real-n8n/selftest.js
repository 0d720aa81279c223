#!/usr/bin/env node
// @ts-check
/**
 * Self-test of the real-n8n e2e harness with a throwaway demo node (./demo-node.js):
 *   node tools/real-n8n/selftest.js [major ...]      (default: 2)
 * Installs (cached) n8n, executes Manual Trigger -> CUSTOM.demoNode workflows headless
 * (success, node errors, continue-on-fail, an HTTP call to a local server, a credential),
 * then starts the editor and runs the node-level credential test through the REST API.
 * Prints timings; exits non-zero on the first failure.
 */
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

const h = require('./n8n.js');
const { writeDemoPackage, demoWorkflow } = require('./demo-node.js');

/** @param {string} s */
const say = (s) => process.stdout.write(`${s}\n`);

/** @returns {Promise<{url: string, close: () => Promise<void>, hits: string[]}>} */
function startPingServer() {
	/** @type {string[]} */
	const hits = [];
	const srv = http.createServer((req, res) => {
		hits.push(`${req.method} ${req.url} key=${req.headers['x-api-key'] || ''}`);
		if (req.url === '/ping' && req.headers['x-api-key'] === 'good') {
			res.writeHead(200, { 'content-type': 'application/json' }).end('{"pong":true}');
		} else if (req.url === '/ping') {
			res.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"bad key"}');
		} else {
			res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ path: req.url }));
		}
	});
	return new Promise((resolve) => {
		srv.listen(0, '127.0.0.1', () => {
			const a = /** @type {import('node:net').AddressInfo} */ (srv.address());
			resolve({ url: `http://127.0.0.1:${a.port}`, hits, close: () => new Promise((r) => srv.close(() => r(undefined))) });
		});
	});
}

/** @param {string|number} major */
async function selftest(major) {
	const t = () => Date.now();
	let t0 = t();
	const n8n = await h.ensureN8n(major);
	say(`[${major}] n8n ${n8n.version} on ${n8n.nodeBin}: ensureN8n ${t() - t0} ms`);

	const ext = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-demo-ext-'));
	writeDemoPackage(path.join(ext, 'n8n-nodes-demo'));
	t0 = t();
	const home = await h.createN8nHome({ n8n, customExtensionsDir: ext });
	say(`[${major}] createN8nHome (migrations) ${t() - t0} ms: ${home.dir}`);
	const ping = await startPingServer();
	try {
		t0 = t();
		const [cred] = await h.importCredentials(home, [{ name: 'Demo', type: 'demoApi', data: { apiKey: 'secret-1' } }]);
		say(`[${major}] importCredentials ${t() - t0} ms`);

		t0 = t();
		const okId = await h.importWorkflow(home, demoWorkflow({ credentialId: cred.id }));
		say(`[${major}] importWorkflow ${t() - t0} ms`);
		t0 = t();
		const okRun = await h.executeWorkflow(home, okId);
		say(`[${major}] executeWorkflow ${t() - t0} ms (exit ${okRun.__cli.code})`);
		assert.equal(h.nodeError(okRun), undefined);
		const out = h.nodeOutput(okRun, 'Demo Node');
		say(`[${major}] ok output: ${JSON.stringify(out)}`);
		assert.equal(out.length, 1);
		assert.equal(out[0].hello, 'world');
		assert.equal(out[0].apiKey, 'secret-1');

		for (const mode of ['plainError', 'opError']) {
			const id = await h.importWorkflow(home, demoWorkflow({ mode }));
			const run = await h.executeWorkflow(home, id);
			const err = h.nodeError(run);
			say(`[${major}] ${mode}: exit ${run.__cli.code}, status ${run.status}, nodeError ${JSON.stringify(err && { ...err, raw: undefined })}`);
			assert.ok(err, `${mode} should fail`);
			assert.equal(err.nodeName, 'Demo Node');
			assert.match(err.message, mode === 'plainError' ? /plain failure/ : /operation failed|n8n-workflow not resolvable/);
		}

		const cofId = await h.importWorkflow(home, demoWorkflow({ mode: 'plainError', continueOnFail: true }));
		const cofRun = await h.executeWorkflow(home, cofId);
		say(`[${major}] continueOnFail output: ${JSON.stringify(h.nodeOutput(cofRun, 'Demo Node'))}`);
		assert.equal(h.nodeError(cofRun), undefined);

		const httpId = await h.importWorkflow(home, demoWorkflow({ mode: 'http', url: `${ping.url}/hello` }));
		const httpRun = await h.executeWorkflow(home, httpId);
		say(`[${major}] http output: ${JSON.stringify(h.nodeOutput(httpRun, 'Demo Node'))}`);
		assert.deepEqual(h.nodeOutput(httpRun, 'Demo Node')[0].res, { path: '/hello' });

		// several workflows in one n8n process
		const batchIds = [okId, cofId, httpId, await h.importWorkflow(home, demoWorkflow({ mode: 'opError' }))];
		t0 = t();
		const batch = await h.executeWorkflows(home, batchIds);
		say(`[${major}] executeWorkflows (${batchIds.length} workflows, 1 failing -> rerun) ${t() - t0} ms`);
		assert.equal(h.nodeOutput(batch[okId], 'Demo Node')[0].hello, 'world');
		assert.equal(h.nodeOutput(batch[cofId], 'Demo Node')[0].error, 'plain failure');
		assert.deepEqual(h.nodeOutput(batch[httpId], 'Demo Node')[0].res, { path: '/hello' });
		assert.equal(h.nodeError(batch[batchIds[3]])?.message, 'operation failed');

		t0 = t();
		const editor = await h.startEditor(home, { port: 0 });
		say(`[${major}] startEditor ${t() - t0} ms on ${editor.url}`);
		try {
			const r = await h.testCredential(editor, { type: 'demoApi', data: { apiKey: 'good' } });
			say(`[${major}] credential test, node from N8N_CUSTOM_EXTENSIONS: ${JSON.stringify(r)}`);
		} finally {
			await editor.stop();
		}

		// the same package installed as a community package: node-level credential tests work
		t0 = t();
		const staged = await h.stageCommunityPackage(path.join(ext, 'n8n-nodes-demo'), { into: path.join(ext, 'staged') });
		const home2 = await h.createN8nHome({ n8n, communityPackageDirs: [staged] });
		say(`[${major}] community-package home ${t() - t0} ms`);
		try {
			const id2 = await h.importWorkflow(home2, demoWorkflow({ nodeType: 'n8n-nodes-demo.demoNode' }));
			const run2 = await h.executeWorkflow(home2, id2);
			say(`[${major}] community package output: ${JSON.stringify(h.nodeOutput(run2, 'Demo Node'))}`);
			assert.equal(h.nodeOutput(run2, 'Demo Node')[0].hello, 'world');
			t0 = t();
			const editor2 = await h.startEditor(home2, { port: 0 });
			say(`[${major}] startEditor ${t() - t0} ms on ${editor2.url}`);
			try {
				t0 = t();
				const good = await h.testCredential(editor2, { type: 'demoApi', data: { apiKey: 'good' } });
				say(`[${major}] credential test (good) ${t() - t0} ms: ${JSON.stringify(good)}`);
				const bad = await h.testCredential(editor2, { type: 'demoApi', data: { apiKey: 'nope' } });
				say(`[${major}] credential test (bad): ${JSON.stringify(bad)}`);
				const viaHttpGood = await h.testCredential(editor2, { type: 'demoApi', data: { apiKey: 'good', baseUrl: ping.url } });
				const viaHttpBad = await h.testCredential(editor2, { type: 'demoApi', data: { apiKey: 'x', baseUrl: ping.url } });
				say(`[${major}] credential test via HTTP: ${JSON.stringify(viaHttpGood)} / ${JSON.stringify(viaHttpBad)}`);
				assert.equal(good.status, 'OK');
				assert.equal(bad.status, 'Error');
				assert.equal(bad.message, 'Invalid API key');
				assert.equal(viaHttpGood.status, 'OK');
				assert.equal(viaHttpBad.status, 'Error');
			} catch (e) {
				say(editor2.logs().slice(-4000));
				throw e;
			} finally {
				await editor2.stop();
			}
		} finally {
			home2.cleanup();
		}
		say(`[${major}] ping server saw: ${ping.hits.join(' | ')}`);
	} finally {
		await ping.close();
		home.cleanup();
		fs.rmSync(ext, { recursive: true, force: true });
	}
}

if (require.main === module) {
	const majors = process.argv.slice(2);
	(async () => {
		for (const m of majors.length ? majors : ['2']) await selftest(m);
		say('selftest: all passed');
	})().catch((e) => {
		process.stderr.write(`selftest FAILED: ${e && e.stack ? e.stack : e}\n`);
		process.exit(1);
	});
}

module.exports = { selftest };
