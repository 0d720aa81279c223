#!/usr/bin/env node
// @ts-check
/**
 * `npm start`: the fake Talon.One with demo data, and the real n8n editor on http://localhost:5678
 * with this package installed, a "Talon.One Sandbox" credential and the examples imported.
 * Ctrl-C stops both. The n8n home stays in .sandbox/ so workflows you build survive a restart
 * (delete the folder to start over).
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { startFakeTalonOne } = require('../tools/.build/tools/fake-talon-one');
const n8n = require('../tools/real-n8n/n8n.js');
const { createHomeWithPackage, loadExamples, sandboxCredentials, root } = require('../tools/real-n8n/sandbox.js');

const FAKE_PORT = Number(process.env.TALON_SANDBOX_PORT || 3939);
const EDITOR_PORT = Number(process.env.N8N_SANDBOX_PORT || 5678);
const OWNER = { email: 'sandbox@example.com', password: 'TalonSandbox1' };

/** @param {string} line */
const say = (line) => process.stdout.write(`${line}\n`);

async function main() {
	// Fixed, non-secret keys: the sandbox talks only to the fake server on this machine.
	const server = await startFakeTalonOne({
		demo: true,
		port: FAKE_PORT,
		apiKey: 'sandbox-integration-api-key',
		managementKey: 'sandbox-management-key',
		bearerToken: 'sandbox-bearer-token',
	});
	say(`Fake Talon.One with demo data: ${server.url}`);

	say('Preparing n8n (the first start installs n8n into a cache, a few minutes)...');
	const homeDir = path.join(root, '.sandbox', 'n8n-home');
	fs.mkdirSync(homeDir, { recursive: true });
	const home = await createHomeWithPackage(process.env.N8N_SANDBOX_MAJOR || 2, { dir: homeDir });
	await n8n.importCredentials(home, sandboxCredentials(server));
	const examples = loadExamples();
	for (const { workflow } of examples) await n8n.importWorkflow(home, workflow);

	const editor = await n8n.startEditor(home, { port: EDITOR_PORT });
	editor.auth.email = OWNER.email;
	editor.auth.password = OWNER.password;
	await n8n.login(editor);

	say('');
	say(`n8n editor: ${editor.url}  (log in as ${OWNER.email} / ${OWNER.password})`);
	say(`Credential "Talon.One Sandbox" points at ${server.url}.`);
	say('Examples (Overview > Workflows):');
	for (const { workflow } of examples) say(`  - ${workflow.name}`);
	say('Demo data: campaign 1 "10% off carts over 50" with coupons WELCOME10 and SUMMER-SALE, referral campaign 2,');
	say('audience 1 "Newsletter subscribers", customers demo-customer-1 and demo-customer-2.');
	say('Press Ctrl-C to stop.');

	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		say('\nStopping n8n and the fake Talon.One...');
		await editor.stop();
		await server.close();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error) => {
	process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
	process.exit(1);
});
