import type { IDataObject } from 'n8n-workflow';
import type { Run } from './examples/types';
import { operations } from '../../nodes/TalonOne/operations';
import { startFakeTalonOne, type FakeTalonOne } from '../../tools/fake-talon-one';
import * as n8n from '../../tools/real-n8n';
import { createHomeWithPackage, loadExamples, sandboxCredentials, startSmtpSink, type SmtpSink } from '../../tools/real-n8n';
import { checkFor } from './examples';
import { callerOf } from './examples/caller';

/**
 * Every example workflow runs in real n8n (the 2.x line on Node 24 and the last 1.x line on Node 20),
 * with this package installed the way n8n installs community packages, against the fake Talon.One;
 * outputs and the server's state are checked. N8N_E2E_MAJORS=2 limits the run to one line.
 */
type Home = Awaited<ReturnType<typeof createHomeWithPackage>>;

const majors = (process.env.N8N_E2E_MAJORS ?? '2,1').split(',').map((m) => m.trim());
const examples = loadExamples().map(({ file }) => ({ file, check: checkFor(file) }));
const executed = examples.flatMap(({ file, check }) =>
	check && check.kind !== 'trigger' ? [{ file, title: check.title, check: check.check, input: check.kind === 'subWorkflow' ? check.input : undefined }] : [],
);

describe.each(majors)('real n8n %s.x', (major) => {
	let server: FakeTalonOne;
	let smtp: SmtpSink;
	let home: Home;
	const ids = new Map<string, string>();
	/** For sub-workflow examples: the workflow that calls them with their sample input. */
	const callers = new Map<string, string>();
	const seenOperations = new Set<string>();

	const secrets = () => {
		const { apiKey, applicationKey, managementKey, bearerToken } = server.options;
		return [apiKey, applicationKey, managementKey, bearerToken].map((s) => s.slice(0, 8));
	};

	function expectNoSecretsIn(run: Run) {
		const text = JSON.stringify(run) + run.__cli.stdout + run.__cli.stderr;
		for (const secret of secrets()) expect(text).not.toContain(secret);
	}

	async function runExample(file: string): Promise<Run> {
		server.reset();
		smtp.messages.length = 0;
		const run = await n8n.executeWorkflow(home, callers.get(file) ?? ids.get(file)!);
		for (const request of server.requests) if (request.operationId) seenOperations.add(request.operationId);
		expectNoSecretsIn(run);
		expect(n8n.nodeError(run)).toBeUndefined();
		expect(run.status).toBe('success');
		return run;
	}

	const out = (run: Run, node: string) => n8n.nodeOutput(run, node) as IDataObject[];
	const requestsTo = (operationId: string) => server.requests.filter((r) => r.operationId === operationId);

	beforeAll(async () => {
		server = await startFakeTalonOne({ demo: true, apiKey: `ak${Date.now().toString(36)}e2eKeyQ7` });
		smtp = await startSmtpSink();
		home = await createHomeWithPackage(major);
		await n8n.importCredentials(home, sandboxCredentials(server, smtp));
		for (const { file, workflow } of loadExamples()) ids.set(file, await n8n.importWorkflow(home, workflow));
		for (const { file, input } of executed) {
			if (!input) continue;
			await n8n.publishWorkflow(home, ids.get(file)!);
			callers.set(file, await n8n.importWorkflow(home, callerOf(ids.get(file)!, input)));
		}
	});

	afterAll(async () => {
		await server?.close();
		await smtp?.close();
		home?.cleanup();
	});

	describe('the examples', () => {
		test('every example has its check in test/e2e/examples/', () => {
			expect(examples.filter(({ check }) => !check).map(({ file }) => file)).toEqual([]);
		});

		test.each(executed)('$file: $title', async ({ file, check }) => {
			const run = await runExample(file);
			await check({ run, server, mail: smtp.messages, out: (node) => out(run, node), requestsTo });
		});

		test('together the example runs reached every resource of the node in Talon.One', () => {
			const reached = new Set(operations.filter((op) => seenOperations.has(op.operationId)).map((op) => op.resource));
			expect([...new Set(operations.map((op) => op.resource))].filter((resource) => !reached.has(resource))).toEqual([]);
		});
	});

	describe('credentials', () => {
		let editor: Awaited<ReturnType<typeof n8n.startEditor>>;
		beforeAll(async () => {
			editor = await n8n.startEditor(home, { port: 0 });
		});
		afterAll(async () => await editor?.stop());

		test('the credential test passes with the sandbox key', async () => {
			const [good] = sandboxCredentials(server);
			expect(await n8n.testCredential(editor, { type: good.type, data: good.data })).toEqual({
				status: 'OK',
				message: 'Connection successful: Talon.One accepted the credentials',
			});
		});

		test('the credential test fails readably with a wrong key, without echoing it', async () => {
			const [good] = sandboxCredentials(server);
			const result = await n8n.testCredential(editor, { type: good.type, data: { ...good.data, apiKey: 'wrong-key-0000' } });
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/rejected the credentials \(HTTP 401\)/);
			expect(result.message).not.toContain('wrong-key');
		});

		test('the credential test names an unreachable host', async () => {
			const [good] = sandboxCredentials(server);
			const result = await n8n.testCredential(editor, { type: good.type, data: { ...good.data, baseUrl: 'http://127.0.0.1:9' } });
			expect(result).toEqual({ status: 'Error', message: expect.stringMatching(/connection was refused/) });
		});
	});

	describe('a bad API key', () => {
		test('the workflow fails with the readable error and the key appears nowhere', async () => {
			const [good] = sandboxCredentials(server);
			await n8n.importCredentials(home, [{ ...good, id: 'TalonOneBadKey01', name: 'Bad Key', data: { ...good.data, apiKey: 'bad-key-zz9' } }]);
			const { workflow } = loadExamples().find((e) => e.file === 'f-track-event.json')!;
			const nodes = (workflow.nodes as IDataObject[]).map((node) =>
				node.credentials ? { ...node, credentials: { talonOneApi: { id: 'TalonOneBadKey01', name: 'Bad Key' } } } : node,
			);
			const id = await n8n.importWorkflow(home, { ...workflow, id: 'tlnE2eBadKey0001', name: 'Bad key', nodes });
			server.reset();
			const run = await n8n.executeWorkflow(home, id);
			expect(n8n.nodeError(run)).toMatchObject({
				nodeName: 'Track Event',
				message: 'Talon.One rejected the API key: check the key and that it belongs to this Application',
				httpCode: '401',
			});
			expect(JSON.stringify(run) + run.__cli.stdout + run.__cli.stderr).not.toContain('bad-key-zz9');
			expectNoSecretsIn(run);
		});
	});
});
