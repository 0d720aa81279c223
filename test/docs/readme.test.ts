import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { operations, resources } from '../../nodes/TalonOne/operations';
import { FIELDS_BEGIN, FIELDS_END, renderNotificationFields } from '../../tools/docs/notificationFields';
import { renderOperationsTable, replaceTable } from '../../tools/docs/operationsTable';
import { REPO_ROOT as root } from '../../tools/repoRoot';

test('the README operations table matches the operation table (run `npm run docs` when this fails)', () => {
	const readme = readFileSync(join(root, 'README.md'), 'utf8');
	expect(replaceTable(readme, renderOperationsTable(operations, resources))).toBe(readme);
	for (const op of operations) expect(readme).toContain(`\`${op.method} ${op.path}\``);
});

test("the README's table of the trigger's events and item fields matches the event list and the notification schemas (run `npm run docs`)", () => {
	const readme = readFileSync(join(root, 'README.md'), 'utf8');
	expect(replaceTable(readme, renderNotificationFields(), FIELDS_BEGIN, FIELDS_END)).toBe(readme);
	expect(readme).toContain('| Tier Upgrade | `TierUpgrade` | entry of `Data` | `CustomerProfileID` (string)');
});

test('the README states the two commands for a fresh clone', () => {
	const readme = readFileSync(join(root, 'README.md'), 'utf8');
	expect(readme).toContain('npm install');
	expect(readme).toContain('npm test');
});

test('.ci/run calls the README\'s test command', () => {
	const ci = readFileSync(join(root, '.ci/run'), 'utf8');
	expect(ci).toMatch(/^npm test$/m);
});
