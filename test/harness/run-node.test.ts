import { Expression, NodeApiError, NodeOperationError } from 'n8n-workflow';

import { runNode, NODE_UNDER_TEST_NAME, SOURCE_NODE_NAME } from '../../tools/n8n-harness';
import { GreeterNode } from './greeter';

const base = {
	nodeType: new GreeterNode(),
	nodeTypeName: 'test.greeter',
	credentials: { greeterApi: { greeting: 'Hello', apiKey: 'k' } },
};

describe('test harness: runNode', () => {
	it('uses the in-process legacy expression engine (no isolated-vm)', async () => {
		await runNode({ ...base, parameters: { name: '={{ $json.who }}' }, inputItems: [{ who: 'x' }] });
		expect(Expression.getActiveImplementation()).toBe('legacy');
	});

	it('resolves expressions per item, applies defaults, reads credentials and keeps pairedItem', async () => {
		const { items, error, runData } = await runNode({
			...base,
			parameters: { name: '={{ $json.who.toUpperCase() }}' },
			inputItems: [{ who: 'ada' }, { who: 'linus' }],
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{ json: { greeting: 'Hello, ADA!' }, pairedItem: { item: 0 } },
			{ json: { greeting: 'Hello, LINUS!' }, pairedItem: { item: 1 } },
		]);
		expect(Object.keys(runData).sort()).toEqual([SOURCE_NODE_NAME, NODE_UNDER_TEST_NAME].sort());
	});

	it('supports n8n extensions and paired-item lookups of the source node', async () => {
		const { items } = await runNode({
			...base,
			parameters: {
				name: "={{ $json.who.toTitleCase() }} ({{ $('Harness Items').item.json.id }})",
				punctuation: '={{ [1, 2, 3].sum() }}',
			},
			inputItems: [{ who: 'grace hopper', id: 7 }],
		});
		expect(items.map((i) => i.json.greeting)).toEqual(['Hello, Grace Hopper (7)6']);
	});

	it('defaults inputItems to a single empty item', async () => {
		const { items } = await runNode({ ...base, parameters: { name: 'world' } });
		expect(items).toEqual([{ json: { greeting: 'Hello, world!' }, pairedItem: { item: 0 } }]);
	});

	it('fails the workflow with the node error when continueOnFail is off', async () => {
		const { items, error } = await runNode({
			...base,
			parameters: { name: '={{ $json.who }}' },
			inputItems: [{ who: 'a' }, { who: 'b', fail: true }, { who: 'c' }],
		});
		expect(items).toEqual([]);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error?.message).toBe('Cannot greet item 1');
		expect((error as NodeOperationError).description).toBe('The item was flagged');
		expect((error as NodeOperationError).context.itemIndex).toBe(1);
	});

	it('exposes httpCode of NodeApiError', async () => {
		const { error } = await runNode({
			...base,
			parameters: { name: 'x' },
			inputItems: [{ apiFail: true }],
		});
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).httpCode).toBe('404');
		expect((error as NodeApiError).description).toBe('Upstream said no');
		expect((error as NodeApiError).context.itemIndex).toBe(0);
	});

	it('continues with an error item when continueOnFail is on', async () => {
		const { items, error } = await runNode({
			...base,
			continueOnFail: true,
			parameters: { name: '={{ $json.who }}' },
			inputItems: [{ who: 'a' }, { who: 'b', fail: true }, { who: 'c' }],
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{ json: { greeting: 'Hello, a!' }, pairedItem: { item: 0 } },
			{ json: { error: 'Cannot greet item 1' }, pairedItem: { item: 1 } },
			{ json: { greeting: 'Hello, c!' }, pairedItem: { item: 2 } },
		]);
	});

	it('with continueOnFail, a node-level throw passes the input through and still reports the error', async () => {
		const { items, error } = await runNode({
			...base,
			continueOnFail: true,
			parameters: { name: '!explode' },
			inputItems: [{ who: 'a' }],
		});
		expect(items.map((i) => i.json)).toEqual([{ who: 'a' }]);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error?.message).toBe('Exploded before the item loop');
	});

	it('supports concurrent runs with different credentials', async () => {
		const results = await Promise.all(
			['Hi', 'Hey', 'Yo'].map(async (greeting) =>
				runNode({ ...base, credentials: { greeterApi: { greeting } }, parameters: { name: 'x' } }),
			),
		);
		expect(results.map((r) => r.items[0]?.json.greeting)).toEqual(['Hi, x!', 'Hey, x!', 'Yo, x!']);
	});

	it('reports a missing credential as the node error', async () => {
		const { error, items } = await runNode({ ...base, credentials: undefined, parameters: { name: 'x' } });
		expect(items).toEqual([]);
		expect(error?.message).toMatch(/credentials/i);
	});
});
