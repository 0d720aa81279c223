import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { operations } from '../../nodes/TalonOne/operations';
import { REPO_ROOT } from '../../tools/repoRoot';

interface WorkflowNode {
	type: string;
	name: string;
	parameters: { resource?: string; operation?: string; inputMode?: string; cartItemsSource?: string };
}

type Connections = Record<string, { main: Array<Array<{ node: string }>> }>;

const dir = join(REPO_ROOT, 'examples');
const examples = readdirSync(dir)
	.filter((f) => f.endsWith('.json'))
	.map((file) => ({ file, workflow: JSON.parse(readFileSync(join(dir, file), 'utf8')) as { id: string; nodes: WorkflowNode[]; connections: Connections } }));
const talonNodes = examples.flatMap((e) => e.workflow.nodes.filter((n) => n.type === 'n8n-nodes-talon-one.talonOne'));

// Every operation has its own workflow test (test/operations); the examples show each resource in a marketer's scenario.
test('together the examples use every resource at least once', () => {
	const used = new Set(talonNodes.map((n) => n.parameters.resource));
	expect([...new Set(operations.map((op) => op.resource))].filter((resource) => !used.has(resource))).toEqual([]);
});

test('every example explains itself in a sticky note and has an id for import', () => {
	for (const { workflow } of examples) {
		expect(workflow.id).toMatch(/^[A-Za-z0-9]{16}$/);
		expect(workflow.nodes.some((n) => n.type === 'n8n-nodes-base.stickyNote')).toBe(true);
	}
});

test('the cart example maps the cart without code: fields mode, the input list, no Code node after the session update', () => {
	const { workflow } = examples.find((e) => e.file === 'a-cart-discounts.json')!;
	const talon = workflow.nodes.filter((n) => n.type === 'n8n-nodes-talon-one.talonOne');
	expect(talon.map((n) => n.parameters.inputMode ?? 'fields')).toEqual(talon.map(() => 'fields'));
	expect(talon.find((n) => n.name === 'Update Session')?.parameters.cartItemsSource).toBe('list');
	const after = (name: string): string[] => (workflow.connections[name]?.main.flat() ?? []).flatMap((c) => [c.node, ...after(c.node)]);
	const downstream = after('Update Session');
	expect(downstream.length).toBeGreaterThan(0);
	expect(workflow.nodes.filter((n) => downstream.includes(n.name) && n.type === 'n8n-nodes-base.code')).toEqual([]);
});
