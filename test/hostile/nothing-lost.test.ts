import type { IDataObject, INodeParameters } from 'n8n-workflow';
import type { FakeTalonOne, FaultRule } from '../../tools/fake-talon-one';
import { useFakeServer } from '../support/talonOne';
import { descriptionOf, outputOf, run, watchForSecrets } from './support';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

const sessionUpdate = (options: INodeParameters = {}): INodeParameters => ({
	customerSessionId: '={{ $json.id }}',
	cartItems: { item: [{ name: 'Shoe', sku: 'SKU-1', quantity: '={{ $json.qty }}', price: 10 }] },
	options,
});

const talonOneError = (status: number, message: string): IDataObject => ({
	message,
	errors: [{ title: 'Error', details: message, source: {} }],
	StatusCode: status,
});

/** Item indexes as "1-4, 7": the 1-based ranges the node writes into its stop description. */
function expandRanges(text: string): number[] {
	return text.split(', ').flatMap((part) => {
		const [from, to = from] = part.split('-').map(Number);
		return Array.from({ length: to - from + 1 }, (_, k) => from + k - 1);
	});
}

const failureKinds = ['bad', 'e404', 'e409', 'e422', 'e500', 'reset'] as const;
type Kind = (typeof failureKinds)[number] | 'ok' | 'ok503' | 'okReset';

function kindOf(i: number): Kind {
	if (i % 10 === 3) return failureKinds[Math.floor(i / 10) % failureKinds.length];
	if (i % 50 === 7) return 'ok503';
	if (i % 50 === 8) return 'okReset';
	return 'ok';
}

const expectedError: Record<(typeof failureKinds)[number], (i: number) => string | RegExp> = {
	bad: (i) => `Item ${i + 1}, cart item 1: Quantity must be a number, got "many"`,
	e404: () => 'Talon.One could not find it: check the ID or code: Customer not found',
	e409: () => 'Talon.One reported a conflict: the data changed at the same time or already exists. Check it in Talon.One, then run the item again if needed',
	e422: () => 'Talon.One could not process the data: Cart item price is negative',
	e500: () => 'Talon.One is having trouble (HTTP 500): try again later',
	reset: () => /^The connection to Talon.One at 127\.0\.0\.1:\d+ failed \(\w+\)\. Try again later\.$/,
};

describe('Nothing lost, nothing doubled', () => {
	test('with Continue On Fail, 1,000 items of which 10% fail in six ways give 1,000 outputs in input order, each paired to its input, and Talon.One holds exactly the successful ones, each applied once', async () => {
		const items = Array.from({ length: 1000 }, (_, i) => {
			const kind = kindOf(i);
			return { id: `${kind}-${String(i).padStart(4, '0')}`, qty: kind === 'bad' ? 'many' : 1 + (i % 4), kind };
		});
		const permanent = (pathIncludes: string, rule: Partial<FaultRule>) => ({ ...rule, match: { pathIncludes }, times: Infinity }) as FaultRule;
		server.setFaults([
			permanent('/e404-', { kind: 'status', status: 404, body: talonOneError(404, 'Customer not found') }),
			permanent('/e409-', { kind: 'status', status: 409, body: talonOneError(409, 'Conflict') }),
			permanent('/e422-', { kind: 'status', status: 422, body: talonOneError(422, 'Cart item price is negative') }),
			permanent('/e500-', { kind: 'status', status: 500 }),
			permanent('/reset-', { kind: 'resetBeforeBody' }),
			// Transient trouble on otherwise good items (busy, connection dropped): each is retried once and must be applied exactly once.
			...items
				.filter((item) => item.kind === 'ok503')
				.map((item): FaultRule => ({ kind: 'status', status: 503, headers: { 'retry-after': '0' }, match: { pathIncludes: `/${item.id}` } })),
			...items.filter((item) => item.kind === 'okReset').map((item): FaultRule => ({ kind: 'resetBeforeBody', match: { pathIncludes: `/${item.id}` } })),
		]);

		const result = await run(server, 'updateCustomerSessionV2', sessionUpdate({ maxRetries: 1, maxParallel: 8 }), {
			inputItems: items,
			continueOnFail: true,
		});

		expect(result.error).toBeUndefined();
		const output = outputOf(result);
		expect(output).toHaveLength(1000);
		expect(result.items.map((item) => item.pairedItem)).toEqual(items.map((_item, i) => ({ item: i })));
		const succeeded: string[] = [];
		items.forEach((item, i) => {
			if (item.kind === 'ok' || item.kind === 'ok503' || item.kind === 'okReset') {
				expect(output[i].customerSessionId).toBe(item.id);
				succeeded.push(item.id);
			} else {
				const expected = expectedError[item.kind](i);
				if (typeof expected === 'string') expect(output[i].error).toBe(expected);
				else expect(output[i].error).toMatch(expected);
				expect(output[i].customerSessionId).toBeUndefined();
			}
		});
		expect(succeeded).toHaveLength(900);
		expect([...server.state.sessions.keys()].sort()).toEqual([...succeeded].sort());
		const writes = server.writes.map((w) => w.entityKey);
		expect(writes.sort()).toEqual(succeeded.map((id) => `session:${id}`).sort());
		expect(server.requests.filter((r) => r.path.includes('/bad-'))).toHaveLength(0);
	}, 30_000);

	test('without Continue On Fail, an invalid last item stops the run before any of the 1,000 is sent', async () => {
		const items = Array.from({ length: 1000 }, (_, i) => ({ id: `s-${i}`, qty: i === 999 ? 'many' : 1 }));
		const result = await run(server, 'updateCustomerSessionV2', sessionUpdate(), { inputItems: items });
		expect(result.error?.message).toBe('Item 1000, cart item 1: Quantity must be a number, got "many"');
		expect(server.requests).toHaveLength(0);
	});

	test("without Continue On Fail, one at a time: the run stops at the failing item with that item's error and lists what was applied", async () => {
		server.setFaults([{ kind: 'status', status: 409, body: talonOneError(409, 'Conflict'), match: { pathIncludes: '/s-4' } }]);
		const items = Array.from({ length: 10 }, (_, i) => ({ id: `s-${i}`, qty: 1 }));
		const result = await run(server, 'updateCustomerSessionV2', sessionUpdate({ maxParallel: 1 }), { inputItems: items });
		expect(result.error?.message).toMatch(/^Talon.One reported a conflict/);
		expect((result.error as { context?: IDataObject }).context?.itemIndex).toBe(4);
		expect(descriptionOf(result)).toBe(
			'Talon.One says: Conflict\n- Error: Conflict\n\nAlready applied in Talon.One: items 1-4. Not sent: items 6-10.',
		);
		expect([...server.state.sessions.keys()]).toEqual(['s-0', 's-1', 's-2', 's-3']);
		expect(server.requests.map((r) => r.pathParams.customerSessionId)).toEqual(['s-0', 's-1', 's-2', 's-3', 's-4']);
	});

	test('without Continue On Fail, in parallel: the items listed as applied are exactly those Talon.One holds, and the rest were not sent', async () => {
		server.setFaults([{ kind: 'status', status: 500, match: { pathIncludes: '/s-12' } }]);
		const items = Array.from({ length: 40 }, (_, i) => ({ id: `s-${i}`, qty: 1 }));
		const result = await run(server, 'updateCustomerSessionV2', sessionUpdate({ maxParallel: 6, maxRetries: 0 }), { inputItems: items });
		expect(result.error?.message).toBe('Talon.One is having trouble (HTTP 500): try again later');
		const description = descriptionOf(result) ?? '';
		const applied = expandRanges(/Already applied in Talon\.One: items ([\d, -]+)\./.exec(description)?.[1] ?? '');
		const notSent = expandRanges(/Not sent: items ([\d, -]+)\./.exec(description)?.[1] ?? '');
		expect(applied.map((i) => `s-${i}`).sort()).toEqual([...server.state.sessions.keys()].sort());
		expect(new Set([...applied, ...notSent, 12]).size).toBe(40);
		const sent = new Set(server.requests.map((r) => r.pathParams.customerSessionId));
		for (const i of notSent) expect(sent.has(`s-${i}`)).toBe(false);
	});

	test('a POST whose connection drops after Talon.One applied it is not sent again and is listed as "maybe applied"', async () => {
		server.setFaults([{ kind: 'resetAfterApply', match: { method: 'POST' }, times: 1 }]);
		const result = await run(server, 'trackEvent', { type: 'purchase', sessionId: '={{ $json.session }}', options: { maxParallel: 1 } }, {
			inputItems: [{ session: 'a' }, { session: 'b' }, { session: 'c' }],
		});
		expect(result.error?.message).toMatch(/^The connection to Talon.One at .* failed/);
		expect(descriptionOf(result)).toBe(
			'The request may or may not have reached Talon.One; check before sending it again.\n\nMaybe applied (check in Talon.One): items 1. Not sent: items 2-3.',
		);
		expect(server.requests).toHaveLength(1);
		expect(server.writes).toHaveLength(1);
	});

	test('a failed batch gives an error for each of its items and only those; the other batches are applied once', async () => {
		server.setFaults([{ kind: 'status', status: 500, times: 1 }]);
		const items = Array.from({ length: 10 }, (_, i) => ({ id: `p-${i}` }));
		const result = await run(server, 'updateCustomerProfilesV2', { integrationId: '={{ $json.id }}', options: { batchSize: 3, maxParallel: 1, maxRetries: 0 } }, {
			inputItems: items,
			continueOnFail: true,
		});
		const output = outputOf(result);
		expect(output).toHaveLength(10);
		expect(output.slice(0, 3).map((o) => o.error)).toEqual(Array(3).fill('Talon.One is having trouble (HTTP 500): try again later'));
		expect(output.slice(3).every((o) => o.error === undefined)).toBe(true);
		expect(result.items.map((item) => item.pairedItem)).toEqual(items.map((_item, i) => ({ item: i })));
		expect([...server.state.profiles.keys()].filter((id) => id.startsWith('p-')).sort()).toEqual(items.slice(3).map((i) => i.id).sort());
		expect(server.requests).toHaveLength(4);
	});
});
