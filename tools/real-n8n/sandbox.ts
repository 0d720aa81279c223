/**
 * What the end-to-end tests and `npm start` share: the sandbox credentials pointing at the fake
 * Talon.One, the example workflows, and a real n8n home with this package installed the way n8n
 * installs community packages; and `npm start` itself (main).
 */
import fs from 'node:fs';
import path from 'node:path';
import { startFakeTalonOne, type FakeTalonOne } from '../fake-talon-one';
import { REPO_ROOT } from '../repoRoot';
import { stageCommunityPackage } from './communityPackage';
import { startEditor } from './editor';
import { ensureN8n } from './ensure';
import { createN8nHome, type N8nHome } from './home';
import { importCredentials, importWorkflow } from './imports';
import { login } from './rest';
import { startSmtpSink, type SmtpSink } from './smtp';

export const CREDENTIAL_TYPE = 'talonOneApi';

/** The trigger's credential: Talon.One sends this secret in X-Talon-Webhook-Secret (the fake does, once told where to). */
export const NOTIFICATIONS_CREDENTIAL = {
	id: 'TalonOneNotify01',
	name: 'Talon.One Notifications Sandbox',
	type: 'talonOneNotificationsApi',
	data: { headerName: 'X-Talon-Webhook-Secret', secret: 'sandbox-notification-secret-0001' },
};

export const SMTP_CREDENTIAL = { id: 'SandboxSmtp00001', name: 'Sandbox SMTP', type: 'smtp' };

/** n8n's SMTP credential for the loopback mail sink: no TLS, no login. */
export function smtpCredential(sink: Pick<SmtpSink, 'host' | 'port'>) {
	return { ...SMTP_CREDENTIAL, data: { user: '', password: '', host: sink.host, port: sink.port, secure: false, disableStartTls: true } };
}

/**
 * The credentials the examples refer to (ids and names as in examples/*.json), the trigger's
 * included; with `smtp`, also "Sandbox SMTP" for the examples that send email.
 */
export function sandboxCredentials(server: Pick<FakeTalonOne, 'url' | 'options'>, smtp?: Pick<SmtpSink, 'host' | 'port'>) {
	const { apiKey, applicationId, applicationKey, managementKey } = server.options;
	const common = { baseUrl: server.url, allowUnauthorizedCerts: false };
	const talonOne = [
		{
			id: 'TalonOneSandbox1',
			name: 'Talon.One Sandbox',
			type: CREDENTIAL_TYPE,
			// With the Management API key: Management operations and the dropdowns work in the examples.
			data: { ...common, authentication: 'apiKey', apiKey, managementAuth: 'managementKey', managementKey },
		},
		{
			id: 'TalonOneLegacy01',
			name: 'Talon.One Sandbox (Legacy Signing)',
			type: CREDENTIAL_TYPE,
			data: { ...common, authentication: 'applicationKeySigning', applicationId, applicationKey, managementAuth: 'none' },
		},
	];
	return smtp ? [...talonOne, NOTIFICATIONS_CREDENTIAL, smtpCredential(smtp)] : [...talonOne, NOTIFICATIONS_CREDENTIAL];
}

export function loadExamples(): Array<{ file: string; workflow: Record<string, unknown> }> {
	const dir = path.join(REPO_ROOT, 'examples');
	return fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((file) => ({ file, workflow: JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) }));
}

/** A real n8n home with the built package installed as a community package (run `npm run build` first). */
export async function createHomeWithPackage(major: string | number, opts: { dir?: string } = {}): Promise<N8nHome> {
	if (!fs.existsSync(path.join(REPO_ROOT, 'dist', 'nodes', 'TalonOne', 'TalonOne.node.js'))) {
		throw new Error('dist/ is missing: run `npm run build` first');
	}
	const n8n = await ensureN8n(major);
	const pkg = await stageCommunityPackage(REPO_ROOT);
	return await createN8nHome({ n8n, communityPackageDirs: [pkg], dir: opts.dir });
}

const OWNER = { email: 'sandbox@example.com', password: 'TalonSandbox1' };

const say = (line: string) => process.stdout.write(`${line}\n`);

function printWelcome(server: FakeTalonOne, smtp: SmtpSink, editorUrl: string, workflows: string[]): void {
	say('');
	say(`n8n editor: ${editorUrl}  (log in as ${OWNER.email} / ${OWNER.password})`);
	say(`Credential "Talon.One Sandbox" points at ${server.url}.`);
	say(`Credential "Sandbox SMTP" points at a mail sink on ${smtp.host}:${smtp.port}: mails are printed here, never sent.`);
	say('Examples (Overview > Workflows):');
	for (const name of workflows) say(`  - ${name}`);
	say('Demo data: campaign 1 "10% off carts over 50" with coupons WELCOME10 and SUMMER-SALE, referral campaign 2,');
	say('audience 1 "Newsletter subscribers", customers demo-customer-1 and demo-customer-2.');
	say('Press Ctrl-C to stop.');
}

/**
 * `npm start`: the fake Talon.One with demo data, and the real n8n editor on http://localhost:5678
 * with this package installed, a "Talon.One Sandbox" credential and the examples imported. Ctrl-C
 * stops both. The n8n home stays in .sandbox/ so workflows built there survive a restart (delete
 * the folder to start over).
 */
export async function main(): Promise<void> {
	// Fixed, non-secret keys: the sandbox talks only to the fake server on this machine.
	const server = await startFakeTalonOne({
		demo: true,
		port: Number(process.env.TALON_SANDBOX_PORT || 3939),
		apiKey: 'sandbox-integration-api-key',
		managementKey: 'sandbox-management-key',
		bearerToken: 'sandbox-bearer-token',
	});
	say(`Fake Talon.One with demo data: ${server.url}`);
	const smtp = await startSmtpSink({ port: Number(process.env.SMTP_SANDBOX_PORT || 2525) });
	smtp.onMessage = (message) => say(`\nMail to ${message.to.join(', ')}: ${message.subject}\n${message.text}\n`);
	say('Preparing n8n (the first start installs n8n into a cache, a few minutes)...');
	const homeDir = path.join(REPO_ROOT, '.sandbox', 'n8n-home');
	fs.mkdirSync(homeDir, { recursive: true });
	const home = await createHomeWithPackage(process.env.N8N_SANDBOX_MAJOR || 2, { dir: homeDir });
	await importCredentials(home, sandboxCredentials(server, smtp));
	const examples = loadExamples();
	for (const { workflow } of examples) await importWorkflow(home, workflow);
	const editor = await startEditor(home, { port: Number(process.env.N8N_SANDBOX_PORT || 5678) });
	Object.assign(editor.auth, OWNER);
	await login(editor);
	printWelcome(server, smtp, editor.url, examples.map(({ workflow }) => String(workflow.name)));

	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		say('\nStopping n8n and the fake Talon.One...');
		await editor.stop();
		await server.close();
		await smtp.close();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}
