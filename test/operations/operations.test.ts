import { readdirSync } from 'node:fs';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { operations } from '../../nodes/TalonOne/operations';
import { expectNoSecrets, jsonOf, runOperation, useFakeServer } from '../support/talonOne';
import type { OperationCase } from './case';

/** The cases of each resource, from `<resource>.cases.ts` beside this file (as nodes/TalonOne/operations/<resource>/). */
const caseFiles = readdirSync(__dirname)
	.filter((file) => file.endsWith('.cases.ts'))
	.sort()
	.map((file) => ({
		resource: file.slice(0, -'.cases.ts'.length),
		cases: (require(`./${file}`) as { cases: OperationCase[] }).cases,
	}));
const cases = caseFiles.flatMap((file) => file.cases);

let server: FakeTalonOne;
useFakeServer((started) => (server = started));

function expectAuth(request: FakeTalonOne['requests'][number], scheme: string | undefined): void {
	const { apiKey, managementKey, bearerToken } = server.options;
	switch (scheme ?? 'apiKey') {
		case 'signing':
			expect(request.headers.authorization).toBeUndefined();
			expect(request.headers['content-signature']).toBe(server.contentSignature(request.bodyText));
			break;
		case 'managementKey':
			expect(request.headers.authorization).toBe(`ManagementKey-v1 ${managementKey}`);
			break;
		case 'bearerToken':
			expect(request.headers.authorization).toBe(`Bearer ${bearerToken}`);
			break;
		default:
			expect(request.headers.authorization).toBe(`ApiKey-v1 ${apiKey}`);
	}
}

describe('every operation runs in n8n\'s execution engine against the fake Talon.One', () => {
	test.each(cases.map((c) => [`${c.operationId}: ${c.title}`, c] as const))('%s', async (_name, c) => {
		c.setup?.(server);
		const result = await runOperation(server, c.operationId, c.parameters, { inputItems: c.inputItems, scheme: c.scheme });
		expect(result.error).toBeUndefined();
		expect(server.requests.map((r) => ({ method: r.method, rawTarget: r.rawTarget, body: r.body }))).toEqual(
			c.requests.map((r) => ({ ...r, body: r.body })),
		);
		for (const request of server.requests) {
			expect(request.status).toBeLessThan(300);
			expectAuth(request, c.scheme);
			if (request.body !== undefined) expect(request.headers['content-type']).toBe('application/json');
		}
		const output = jsonOf(result);
		// a paged read outputs one item per record, each paired with the input item that asked for it
		const op = operations.find((o) => o.operationId === c.operationId);
		const paged = op?.paginate !== undefined || op?.unpagedList === true || op?.answerIsList === true;
		const paired = result.items.map((item) => item.pairedItem);
		if (c.pairedItems) expect(paired).toEqual(c.pairedItems.map((i) => ({ item: i })));
		else if (paged) expect(paired.every((p) => typeof p === 'object' && !Array.isArray(p) && (p.item < (c.inputItems ?? [{}]).length))).toBe(true);
		else expect(paired).toEqual((c.inputItems ?? [{}]).map((_item, i) => ({ item: i })));
		c.verify(output, server);
		expectNoSecrets(server, output);
	});
});

describe('coverage', () => {
	test('every operation in the table has at least one workflow test', () => {
		const missing = operations.filter((op) => !cases.some((c) => c.operationId === op.operationId)).map((op) => op.operationId);
		expect(missing).toEqual([]);
	});

	test("each <resource>.cases.ts holds only that resource's operations", () => {
		const misplaced = caseFiles.flatMap(({ resource, cases: own }) =>
			own.filter((c) => operations.find((op) => op.operationId === c.operationId)?.resource !== resource).map((c) => `${resource}: ${c.operationId}`),
		);
		expect(misplaced).toEqual([]);
	});

	test('every workflow test names an operation of the table', () => {
		const unknown = cases.filter((c) => !operations.some((op) => op.operationId === c.operationId)).map((c) => c.operationId);
		expect(unknown).toEqual([]);
	});
});
