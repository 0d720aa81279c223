/**
 * The node's parameters are generated from the operation table, so ESLint's n8n rules (which read
 * object literals) cannot see most of them in the source. This test checks the generated
 * description against the same conventions: by hand for the readable ones, and by writing the
 * description out as a literal and running the project's ESLint config (n8n's community-node
 * config) over it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Workflow } from 'n8n-workflow';
import type {
	ICredentialType,
	INode,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	INodeTypeDescription,
} from 'n8n-workflow';
import { TalonOne } from '../nodes/TalonOne/TalonOne.node';
import { TalonOneApi } from '../credentials/TalonOneApi.credentials';
import { operations, resources } from '../nodes/TalonOne/operations';
import { DEFAULT_NODE_TYPE_NAME, HarnessNodeTypes, prepareN8nEnvironment } from './harness';

const root = join(__dirname, '..');
const description: INodeTypeDescription = new TalonOne().description;
const credential: ICredentialType = new TalonOneApi();

/** n8n's lint asks for alphabetical order from this many items on (MIN_ITEMS_TO_ALPHABETIZE). */
const MIN_ITEMS_TO_ALPHABETIZE = 5;

interface Visited {
	path: string;
	param: INodeProperties;
}

/** Every parameter, including those inside collections and fixed-collection rows. */
function allParameters(props: readonly INodeProperties[], prefix = ''): Visited[] {
	const out: Visited[] = [];
	for (const param of props) {
		const path = `${prefix}${param.name}`;
		out.push({ path, param });
		if (param.type === 'collection') {
			out.push(...allParameters(param.options as INodeProperties[], `${path}.`));
		}
		if (param.type === 'fixedCollection') {
			for (const section of param.options as INodePropertyCollection[]) {
				out.push(...allParameters(section.values, `${path}.${section.name}.`));
			}
		}
	}
	return out;
}

const params = allParameters(description.properties);
const credentialParams = allParameters(credential.properties);
const choiceParams = params.filter(({ param }) => param.type === 'options' || param.type === 'multiOptions');
const choices = (param: INodeProperties) => param.options as INodePropertyOptions[];

/** Every description text of parameters and options, with where it comes from. */
function descriptions(visited: Visited[]): Array<{ where: string; text: string; displayName: string }> {
	const out: Array<{ where: string; text: string; displayName: string }> = [];
	for (const { path, param } of visited) {
		if (param.description) out.push({ where: path, text: param.description, displayName: param.displayName });
		if (param.type === 'options' || param.type === 'multiOptions') {
			for (const option of choices(param)) {
				if (option.description) out.push({ where: `${path}=${option.value}`, text: option.description, displayName: option.name });
			}
		}
	}
	return out;
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'per', 'the', 'to', 'via', 'vs', 'with']);

/** Title Case as n8n uses it: every word capitalised except short joining words inside the name. */
function isTitleCase(text: string): boolean {
	const words = text.split(' ');
	return words.every((word, i) => {
		const letters = word.replace(/^[("']+/, '');
		if (i > 0 && i < words.length - 1 && SMALL_WORDS.has(letters)) return true;
		return !/^[a-z]/.test(letters);
	});
}

/** Sentence case as n8n's action rule checks it: only the first word capitalised (acronyms aside), no punctuation. */
function isSentenceCase(text: string): boolean {
	const words = text.split(' ');
	return (
		/^[A-Z][a-z]*$/.test(words[0]) &&
		words.slice(1).every((word) => /^[a-z0-9]+$/.test(word) || word === word.toUpperCase()) &&
		!/[^A-Za-z0-9 ]/.test(words.filter((word) => word !== word.toUpperCase()).join(' '))
	);
}

const sentences = (text: string) => text.replace('e.g.', '').split('. ').length;

describe('node description', () => {
	test('has the node-level fields n8n requires', () => {
		expect(description.name).toBe('talonOne');
		expect(description.displayName).toBe('Talon.One');
		expect(description.usableAsTool).toBe(true);
		expect(description.version).toBe(1);
		expect(description.inputs).toEqual(['main']);
		expect(description.outputs).toEqual(['main']);
		expect(description.description.length).toBeGreaterThan(0);
		expect(description.credentials).toEqual([expect.objectContaining({ name: credential.name, required: true })]);
	});

	test('the canvas subtitle shows the action in words, as n8n evaluates it', () => {
		prepareN8nEnvironment();
		const nodeTypes = new HarnessNodeTypes().register(DEFAULT_NODE_TYPE_NAME, new TalonOne());
		for (const op of operations) {
			const node: INode = {
				id: 'node',
				name: 'Talon.One',
				type: DEFAULT_NODE_TYPE_NAME,
				typeVersion: 1,
				position: [0, 0],
				parameters: { resource: op.resource, operation: op.operation },
			};
			const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
			expect(workflow.expression.getSimpleParameterValue(node, description.subtitle!, 'internal', {})).toBe(op.action);
		}
		expect(operations.find((op) => op.operationId === 'updateCustomerSessionV2')?.action).toBe('Update a customer session');
	});

	test('has light and dark SVG icons that exist next to the compiled node', () => {
		const nodeDir = join(root, 'nodes/TalonOne');
		expect(description.icon).toEqual({ light: expect.stringMatching(/^file:.+\.svg$/), dark: expect.stringMatching(/^file:.+\.svg$/) });
		for (const icon of Object.values(description.icon as Record<string, string>)) {
			expect(existsSync(resolve(nodeDir, icon.slice('file:'.length)))).toBe(true);
		}
	});

	test('the codex file names the node as package.nodeName', () => {
		const codex = JSON.parse(readFileSync(join(root, 'nodes/TalonOne/TalonOne.node.json'), 'utf8'));
		const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
		expect(codex.node).toBe(`${pkg.name}.${description.name}`);
		expect(codex.categories.length).toBeGreaterThan(0);
	});

	test('resource and operation selectors are fixed (noDataExpression) and sorted by name', () => {
		const selectors = description.properties.filter((p) => p.name === 'resource' || p.name === 'operation');
		expect(selectors).toHaveLength(1 + resources.length);
		for (const selector of selectors) {
			expect(selector.noDataExpression).toBe(true);
			const names = choices(selector).map((o) => o.name);
			expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
			expect(choices(selector).map((o) => o.value)).toContain(selector.default);
		}
		const resourceSelector = selectors.find((p) => p.name === 'resource')!;
		expect(choices(resourceSelector).map((o) => o.value).sort()).toEqual(resources.map((r) => r.value).sort());
	});

	test('every operation (and every option of a parameter named "action") has a sentence-case action', () => {
		const withActions = description.properties.filter((p) => p.name === 'operation' || (p.name === 'action' && p.type === 'options'));
		expect(withActions.length).toBeGreaterThan(resources.length);
		for (const param of withActions) {
			for (const option of choices(param)) {
				expect({ option: option.name, action: option.action }).toEqual({ option: option.name, action: expect.any(String) });
				expect({ action: option.action, sentenceCase: isSentenceCase(option.action!) }).toEqual({ action: option.action, sentenceCase: true });
			}
		}
		const listed = description.properties
			.filter((p) => p.name === 'operation')
			.flatMap((p) => choices(p).map((o) => `${p.displayOptions!.show!.resource![0]}.${o.value}`));
		expect(listed.sort()).toEqual(operations.map((op) => `${op.resource}.${op.operation}`).sort());
	});

	test('display names are Title Case, trimmed, and "ID" is upper case', () => {
		const names = [
			...params.map(({ path, param }) => ({ where: path, name: param.displayName })),
			...choiceParams.flatMap(({ path, param }) => choices(param).map((o) => ({ where: `${path}=${o.value}`, name: o.name }))),
			...params
				.filter(({ param }) => param.type === 'fixedCollection')
				.flatMap(({ path, param }) => (param.options as INodePropertyCollection[]).map((s) => ({ where: `${path}.${s.name}`, name: s.displayName }))),
		];
		const wrong = names.filter(({ name }) => !isTitleCase(name) || name !== name.trim() || /\s{2,}/.test(name) || /\b(i|I)d(s?)\b/.test(name));
		expect(wrong).toEqual([]);
	});

	test('boolean descriptions start with "Whether"', () => {
		const wrong = params.filter(({ param }) => param.type === 'boolean' && !param.description?.startsWith('Whether '));
		expect(wrong.map(({ path }) => path)).toEqual([]);
	});

	test('descriptions follow n8n style: capitalised, trimmed, one sentence without and several with a final period', () => {
		const wrong = descriptions(params).filter(
			({ text, displayName }) =>
				text !== text.trim() ||
				/\s{2,}/.test(text) ||
				/^[a-z]/.test(text) ||
				text === displayName ||
				(sentences(text) === 1 && text.endsWith('.')) ||
				(sentences(text) > 1 && !text.endsWith('.')) ||
				/\b(i|I)d(s?)\b/.test(text) ||
				/\b(j|J)son\b/.test(text) ||
				/\b(u|U)rl(s?)\b/.test(text) ||
				/comma separated/i.test(text) ||
				/<br\s*\/?>/.test(text),
		);
		expect(wrong).toEqual([]);
	});

	test('options and multi-options with five or more choices are sorted by name', () => {
		const wrong = choiceParams.filter(({ param }) => {
			const names = choices(param).map((o) => o.name);
			if (names.length < MIN_ITEMS_TO_ALPHABETIZE || /^\d+$/.test(String(choices(param)[0].value))) return false;
			return names.join('|') !== [...names].sort((a, b) => a.localeCompare(b)).join('|');
		});
		expect(wrong.map(({ path }) => path)).toEqual([]);
	});

	test('collections are sorted by display name, fixed-collection rows too from five fields on', () => {
		const unsorted = (list: readonly INodeProperties[]) => {
			const names = list.map((p) => p.displayName);
			return names.join('|') !== [...names].sort((a, b) => a.localeCompare(b)).join('|');
		};
		const collections = params.filter(({ param }) => param.type === 'collection');
		expect(collections.length).toBeGreaterThan(0);
		expect(collections.filter(({ param }) => unsorted(param.options as INodeProperties[])).map(({ path }) => path)).toEqual([]);
		const rows = params
			.filter(({ param }) => param.type === 'fixedCollection')
			.flatMap(({ path, param }) => (param.options as INodePropertyCollection[]).map((s) => ({ path: `${path}.${s.name}`, values: s.values })));
		expect(rows.filter(({ values }) => values.length >= MIN_ITEMS_TO_ALPHABETIZE && unsorted(values)).map(({ path }) => path)).toEqual([]);
	});

	test('defaults match their types and options hold no duplicates', () => {
		for (const { path, param } of params) {
			const where = { path, type: param.type, default: param.default };
			switch (param.type) {
				case 'string':
				case 'dateTime':
					expect({ ...where, ok: typeof param.default === 'string' }).toEqual({ ...where, ok: true });
					break;
				case 'json':
					expect({ ...where, ok: typeof param.default === 'string' }).toEqual({ ...where, ok: true });
					break;
				case 'number':
					expect({ ...where, ok: typeof param.default === 'number' }).toEqual({ ...where, ok: true });
					break;
				case 'boolean':
					expect({ ...where, ok: typeof param.default === 'boolean' }).toEqual({ ...where, ok: true });
					break;
				case 'options':
					expect({ ...where, ok: choices(param).some((o) => o.value === param.default) }).toEqual({ ...where, ok: true });
					break;
				case 'multiOptions':
					expect(param.default).toEqual([]);
					break;
				case 'collection':
				case 'fixedCollection':
					expect(param.default).toEqual({});
					break;
				default:
					throw new Error(`${path}: unexpected parameter type ${param.type}`);
			}
			expect(param.required).not.toBe(false);
			if (param.type === 'options' || param.type === 'multiOptions') {
				const names = choices(param).map((o) => o.name);
				const values = choices(param).map((o) => o.value);
				expect({ path, names: new Set(names).size, values: new Set(values).size }).toEqual({ path, names: names.length, values: values.length });
				for (const option of choices(param)) expect(option.description).not.toBe(option.name);
			}
		}
	});
});

describe('credential description', () => {
	test('is named as n8n requires and documents where to get the key', () => {
		expect(credential.name).toBe('talonOneApi');
		expect(credential.displayName).toMatch(/ API$/);
		expect(credential.documentationUrl).toMatch(/^https:\/\//);
		expect(description.credentials?.[0].name).toBe(credential.name);
	});

	test('has light and dark SVG icons that exist next to the compiled credential', () => {
		expect(credential.icon).toEqual({ light: expect.stringMatching(/^file:.+\.svg$/), dark: expect.stringMatching(/^file:.+\.svg$/) });
		for (const icon of Object.values(credential.icon as Record<string, string>)) {
			expect(existsSync(resolve(root, 'credentials', icon.slice('file:'.length)))).toBe(true);
		}
	});

	test('masks every secret field and nothing else', () => {
		const secrets = ['apiKey', 'applicationKey', 'managementKey', 'bearerToken'];
		for (const { path, param } of credentialParams) {
			expect({ path, masked: param.typeOptions?.password === true }).toEqual({ path, masked: secrets.includes(param.name) });
		}
	});

	test('follows the same text conventions as the node', () => {
		expect(credentialParams.filter(({ param }) => !isTitleCase(param.displayName)).map(({ path }) => path)).toEqual([]);
		expect(
			credentialParams.filter(({ param }) => param.type === 'boolean' && !param.description?.startsWith('Whether ')).map(({ path }) => path),
		).toEqual([]);
		const wrong = descriptions(credentialParams).filter(
			({ text }) => /^[a-z]/.test(text) || (sentences(text) === 1 && text.endsWith('.')) || (sentences(text) > 1 && !text.endsWith('.')),
		);
		expect(wrong).toEqual([]);
	});
});

// --- the generated description, written out as a literal and run through n8n's lint rules ---

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
	test('the description written out as a literal passes the project ESLint config', () => {
		const source = [
			"import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';",
			'',
			'export class TalonOne implements INodeType {',
			`\tdescription: INodeTypeDescription = ${literal(description, '\t')};`,
			'}',
			'',
		].join('\n');
		// Linted as if it were the node file, so path-based rules (icons, file names) apply as they would.
		const results = eslint(['--stdin', '--stdin-filename', 'nodes/TalonOne/TalonOne.node.ts'], source);
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
