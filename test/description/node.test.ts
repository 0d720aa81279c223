/**
 * The node descriptions checked by hand against n8n's conventions (lint.test.ts runs n8n's ESLint
 * rules over them): the main node's own fields, then the conventions every listed node follows.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Workflow, type INode, type INodeProperties, type INodePropertyCollection } from 'n8n-workflow';
import { TalonOne } from '../../nodes/TalonOne/TalonOne.node';
import { operations, resources } from '../../nodes/TalonOne/operations';
import { prepareN8nEnvironment } from '../../tools/n8n-harness/environment';
import { HarnessNodeTypes } from '../../tools/n8n-harness/node-types';

const NODE_TYPE = 'n8n-nodes-talon-one.talonOne';
import { REPO_ROOT as root } from '../../tools/repoRoot';
import {
	MIN_ITEMS_TO_ALPHABETIZE,
	choiceParamsOf,
	choices,
	credential,
	description,
	descriptions,
	isSentenceCase,
	isTitleCase,
	listedNodes,
	paramsOf,
	sentences,
} from './conventions';

describe('node description (Talon.One)', () => {
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
		const nodeTypes = new HarnessNodeTypes().register(NODE_TYPE, new TalonOne());
		for (const op of operations) {
			const node: INode = {
				id: 'node',
				name: 'Talon.One',
				type: NODE_TYPE,
				typeVersion: 1,
				position: [0, 0],
				parameters: { resource: op.resource, operation: op.operation },
			};
			const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
			expect(workflow.expression.getSimpleParameterValue(node, description.subtitle!, 'internal', {})).toBe(op.action);
		}
		expect(operations.find((op) => op.operationId === 'updateCustomerSessionV2')?.action).toBe('Update a customer session');
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
});

describe.each(listedNodes.map((node) => [node.description.displayName, node] as const))('%s follows the conventions of every node', (_name, { source, description }) => {
	const params = paramsOf(description.properties);

	test('has light and dark SVG icons that exist next to the compiled node', () => {
		const nodeDir = join(root, dirname(source));
		expect(description.icon).toEqual({ light: expect.stringMatching(/^file:.+\.svg$/), dark: expect.stringMatching(/^file:.+\.svg$/) });
		for (const icon of Object.values(description.icon as Record<string, string>)) {
			expect(existsSync(resolve(nodeDir, icon.slice('file:'.length)))).toBe(true);
		}
	});

	test('the codex file names the node as package.nodeName', () => {
		const codex = JSON.parse(readFileSync(join(root, source.replace(/\.ts$/, '.json')), 'utf8'));
		const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
		expect(codex.node).toBe(`${pkg.name}.${description.name}`);
		expect(codex.categories.length).toBeGreaterThan(0);
	});

	test('display names are Title Case, trimmed, and "ID" is upper case', () => {
		const names = [
			// a notice's displayName is its text, not a name
			...params.filter(({ param }) => param.type !== 'notice').map(({ path, param }) => ({ where: path, name: param.displayName })),
			...choiceParamsOf(params).flatMap(({ path, param }) => choices(param).map((o) => ({ where: `${path}=${o.value}`, name: o.name }))),
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
		const wrong = choiceParamsOf(params).filter(({ param }) => {
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
				case 'notice':
					expect(param.default).toBe('');
					break;
				case 'collection':
				case 'fixedCollection':
					expect(param.default).toEqual({});
					break;
				case 'resourceLocator':
					expect({ ...where, modes: param.modes?.map((m) => m.name)[0] }).toEqual({ ...where, default: { mode: 'list', value: '' }, modes: 'list' });
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
