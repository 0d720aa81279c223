/**
 * The generated description written out as a literal and run through the project's ESLint config
 * (n8n's community-node config), which cannot see the generated parameters in the source.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT as root } from '../../tools/repoRoot';
import { listedNodes } from './conventions';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function literal(value: unknown, indent: string): string {
	const inner = `${indent}\t`;
	if (Array.isArray(value)) {
		return value.length ? `[\n${value.map((v) => inner + literal(v, inner)).join(',\n')},\n${indent}]` : '[]';
	}
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value);
		if (!entries.length) return '{}';
		const body = entries.map(([k, v]) => {
			const key = IDENTIFIER.test(k) ? k : `'${k}'`;
			// n8n's lint wants the NodeConnectionTypes constant, as the node source uses.
			if ((k === 'inputs' || k === 'outputs') && Array.isArray(v) && v.every((x) => x === 'main')) {
				return `${inner}${key}: [${v.map(() => 'NodeConnectionTypes.Main').join(', ')}]`;
			}
			return `${inner}${key}: ${literal(v, inner)}`;
		});
		return `{\n${body.join(',\n')},\n${indent}}`;
	}
	if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
	return String(value);
}

interface EslintResult {
	filePath: string;
	messages: Array<{ ruleId: string | null; message: string; line: number }>;
}

function eslint(args: string[], input?: string): EslintResult[] {
	// eslint-plugin-n8n-nodes-base changes how it reads file names when NODE_ENV is "test" (as under jest).
	const env = { ...process.env };
	delete env.NODE_ENV;
	const run = spawnSync(process.execPath, [join(root, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', ...args], {
		cwd: root,
		env,
		input,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	if (!run.stdout) throw new Error(`eslint printed nothing (exit ${run.status}): ${run.stderr}`);
	return JSON.parse(run.stdout) as EslintResult[];
}

const findings = (results: EslintResult[]) =>
	results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(root.length + 1)}:${m.line} ${m.ruleId}: ${m.message}`));

describe("n8n's lint rules on the generated parameters", () => {
	test.each(listedNodes.map((node) => [node.source, node] as const))('%s: the description written out as a literal passes the project ESLint config', (_source, { source: file, className, description, webhookMethods }) => {
		// the class's webhook lifecycle as in the source (n8n's rules check that triggers have one)
		const lifecycle = Object.entries(webhookMethods).map(
			([name, methods]) => `\twebhookMethods = { ${name}: { ${methods.map((m) => `async ${m}() { return true; }`).join(', ')} } };`,
		);
		const source = [
			"import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';",
			'',
			`export class ${className} implements INodeType {`,
			`\tdescription: INodeTypeDescription = ${literal(description, '\t')};`,
			...lifecycle,
			'}',
			'',
		].join('\n');
		// Linted as if it were the node file, so path-based rules (icons, file names) apply as they would.
		const results = eslint(['--stdin', '--stdin-filename', file], source);
		expect(findings(results)).toEqual([]);
	}, 120_000);

	test('the node, the credential and package.json pass the project ESLint config', () => {
		const files = ['nodes', 'credentials', 'package.json'];
		for (const file of files) expect(existsSync(join(root, file))).toBe(true);
		expect(findings(eslint(files))).toEqual([]);
	}, 120_000);

	test("the config is n8n's community-node config for self-hosted packages, with only the runtime-dependency rule off", () => {
		const config = readFileSync(join(root, 'eslint.config.mjs'), 'utf8');
		expect(config).toMatch(/import \{ configWithoutCloudSupport \} from '@n8n\/node-cli\/eslint'/);
		expect(config.match(/'off'/g)).toEqual(["'off'"]);
		expect(config).toMatch(/'@n8n\/community-nodes\/no-runtime-dependencies': 'off'/);
	});
});
