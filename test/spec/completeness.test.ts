import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { operations } from '../../nodes/TalonOne/operations';
import { REPO_ROOT } from '../../tools/repoRoot';
import integrationApiToday from '../fixtures/integration-api-2026-06.json';
import managementApi from '../fixtures/management-api.json';

const offered = new Set(operations.map((op) => op.operationId));
const missing = (fixture: { operations: Array<{ operationId: string }> }) =>
	fixture.operations.map((o) => o.operationId).filter((id) => !offered.has(id));

/** Deprecated by Talon.One and left out on purpose; the README says what to use instead. */
const leftOut = ['getLoyaltyPoints'];

test("every operation of today's Integration API (2026-06) is offered by the node", () => {
	expect(missing(integrationApiToday)).toEqual([]);
});

test('every Management API operation marketers automate is offered, but the deprecated ones the README explains', () => {
	expect(missing(managementApi)).toEqual(leftOut);
	const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
	for (const id of leftOut) expect(readme).toMatch(new RegExp(`\`${id}\`, deprecated\\) is not offered`));
});
