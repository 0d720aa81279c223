import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { operations } from '../../nodes/TalonOne/operations';
import { REPO_ROOT } from '../../tools/repoRoot';

interface WorkflowNode {
	type: string;
	name: string;
	parameters: { resource?: string; operation?: string };
}

const dir = join(REPO_ROOT, 'examples');
const examples = readdirSync(dir)
	.filter((f) => f.endsWith('.json'))
	.map((file) => ({ file, workflow: JSON.parse(readFileSync(join(dir, file), 'utf8')) as { id: string; nodes: WorkflowNode[] } }));
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
