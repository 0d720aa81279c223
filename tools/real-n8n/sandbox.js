// @ts-check
/**
 * What the end-to-end tests and `npm start` share: the sandbox credentials pointing at the fake
 * Talon.One, the example workflows, and a real n8n home with this package installed the way
 * n8n installs community packages.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const h = require('./n8n.js');

const root = path.join(__dirname, '..', '..');
const CREDENTIAL_TYPE = 'talonOneApi';

/**
 * The credentials the examples refer to (ids and names as in examples/*.json).
 * @param {{url: string, options: {apiKey: string, applicationId: number, applicationKey: string}}} server
 */
function sandboxCredentials(server) {
	const { apiKey, applicationId, applicationKey } = server.options;
	return [
		{
			id: 'TalonOneSandbox1',
			name: 'Talon.One Sandbox',
			type: CREDENTIAL_TYPE,
			data: { baseUrl: server.url, authentication: 'apiKey', apiKey, managementAuth: 'none', allowUnauthorizedCerts: false },
		},
		{
			id: 'TalonOneLegacy01',
			name: 'Talon.One Sandbox (Legacy Signing)',
			type: CREDENTIAL_TYPE,
			data: { baseUrl: server.url, authentication: 'applicationKeySigning', applicationId, applicationKey, managementAuth: 'none', allowUnauthorizedCerts: false },
		},
	];
}

/** @returns {Array<{file: string, workflow: Record<string, any>}>} */
function loadExamples() {
	const dir = path.join(root, 'examples');
	return fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((file) => ({ file, workflow: JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) }));
}

/**
 * A real n8n home with the built package installed as a community package (run `npm run build` first).
 * @param {string|number} major
 * @param {{dir?: string}} [opts]
 */
async function createHomeWithPackage(major, opts = {}) {
	if (!fs.existsSync(path.join(root, 'dist', 'nodes', 'TalonOne', 'TalonOne.node.js'))) {
		throw new Error('dist/ is missing: run `npm run build` first');
	}
	const n8n = await h.ensureN8n(major);
	const pkg = await h.stageCommunityPackage(root);
	return await h.createN8nHome({ n8n, communityPackageDirs: [pkg], dir: opts.dir });
}

module.exports = { sandboxCredentials, loadExamples, createHomeWithPackage, CREDENTIAL_TYPE, root };
