/**
 * A cart mapped without code: any repeatable group (cart items today, return items later) can come
 * from a list in the input, each entry's properties mapped to the group's fields by name.
 */
import type { IDataObject, INodeParameters, INodeProperties } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { TalonOne } from '../../nodes/TalonOne/TalonOne.node';
import { operations } from '../../nodes/TalonOne/operations';
import { expectNoSecrets, jsonOf, runOperation, useFakeServer } from '../support/talonOne';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));

const fromList = (extra: INodeParameters = {}): INodeParameters => ({
	customerSessionId: '={{ $json.orderId }}',
	cartItemsSource: 'list',
	cartItemsList: '={{ $json.items }}',
	...extra,
});

const sentCart = (index = 0) => (server.requests[index].body as { customerSession: { cartItems?: IDataObject[] } }).customerSession.cartItems;

async function expectRejected(parameters: INodeParameters, inputItems: IDataObject[], message: string, hint: string) {
	const result = await runOperation(server, 'updateCustomerSessionV2', parameters, { inputItems });
	expect(result.error?.message).toBe(message);
	expect((result.error as { description?: string }).description).toContain(hint);
	expect(server.requests).toHaveLength(0);
	expectNoSecrets(server, result.error);
	return result;
}

describe('cart items from an input list', () => {
	test("entries with Talon.One's names need no mapping: each becomes a cart item, numbers given as text become numbers", async () => {
		const items = [
			{ name: 'Running Shoes', sku: 'SHOE-42', quantity: 1, price: '59.90', category: 'shoes' },
			{ name: 'Sport Socks', sku: 'SOCK-1', quantity: '2', price: 4.5 },
		];
		const result = await runOperation(server, 'updateCustomerSessionV2', fromList(), { inputItems: [{ orderId: 'o-1', items }] });
		expect(result.error).toBeUndefined();
		expect(sentCart()).toEqual([
			{ name: 'Running Shoes', sku: 'SHOE-42', quantity: 1, price: 59.9, category: 'shoes' },
			{ name: 'Sport Socks', sku: 'SOCK-1', quantity: 2, price: 4.5 },
		]);
		expect(jsonOf(result)[0]).toMatchObject({ customerSessionId: 'o-1', discountTotal: 6.89 });
	});

	test("a shop's own names are mapped per field, optional fields (category, attributes, costs) too; the rest is left out when asked", async () => {
		const shopItem = {
			title: 'Running Shoes',
			variant_sku: 'SHOE-42',
			qty: 1,
			unit_price: '59.90',
			product_type: 'shoes',
			custom: { color: 'red' },
			fees: { giftWrap: { price: 2.5 } },
			variant_id: 123456789,
		};
		const result = await runOperation(
			server,
			'updateCustomerSessionV2',
			fromList({
				cartItemsPropertyNames: { name: 'title', sku: 'variant_sku', quantity: 'qty', price: 'unit_price', category: 'product_type', attributes: 'custom', additionalCosts: 'fees' },
				cartItemsOtherProperties: 'ignore',
			}),
			{ inputItems: [{ orderId: 'o-2', items: [shopItem] }] },
		);
		expect(result.error).toBeUndefined();
		expect(sentCart()).toEqual([
			{ name: 'Running Shoes', sku: 'SHOE-42', quantity: 1, price: 59.9, category: 'shoes', attributes: { color: 'red' }, additionalCosts: { giftWrap: { price: 2.5 } } },
		]);
	});

	test('a bad entry names the item and the cart row, and nothing is sent', async () => {
		const good = { name: 'Hat', sku: 'H-1', quantity: 1, price: 10 };
		const result = await expectRejected(
			fromList(),
			[
				{ orderId: 'o-1', items: [good] },
				{ orderId: 'o-2', items: [good, good] },
				{ orderId: 'o-3', items: [good, { ...good, price: 'abc' }] },
			],
			'Item 3, cart item 2: Price must be a number, got "abc"',
			'Enter digits only',
		);
		expect((result.error as { context?: IDataObject }).context?.itemIndex).toBe(2);
	});

	test('a renamed field whose property no entry has (a dragged-in value instead of a name) names the property and what the entries have', async () => {
		await expectRejected(
			fromList({ cartItemsPropertyNames: { name: '={{ $json.items[0].title }}' } }),
			[{ orderId: 'o-1', items: [{ title: 'Running Shoes', sku: 'SHOE-42', quantity: 1, price: 59.9 }] }],
			'Item 1: Cart Items has no entry with the property "Running Shoes" that Cart Item Property Names reads Name from',
			'Type the property\'s name as the entries have it (they have "title", "sku", "quantity", "price"), not an expression that returns its value.',
		);
	});

	test('a missing required field in an entry names the field and the row', async () => {
		await expectRejected(fromList(), [{ orderId: 'o-1', items: [{ name: 'Hat', quantity: 1, price: 10 }] }], 'Item 1, cart item 1: SKU is required', 'Fill it in.');
	});

	test('100 entries become one request with 100 cart items; a bad 100th entry is named as cart item 100', async () => {
		const items = Array.from({ length: 100 }, (_, i) => ({ name: `Item ${i + 1}`, sku: `SKU-${i + 1}`, quantity: 1 + (i % 3), price: 1 + (i % 7) }));
		const result = await runOperation(server, 'updateCustomerSessionV2', fromList(), { inputItems: [{ orderId: 'big', items }] });
		expect(result.error).toBeUndefined();
		expect(server.requests).toHaveLength(1);
		expect(sentCart()).toEqual(items);
		expect(server.state.sessions.get('big')?.cartItems).toHaveLength(100);

		server.reset();
		const broken = items.map((item, i) => (i === 99 ? { ...item, quantity: 0 } : item));
		await expectRejected(fromList(), [{ orderId: 'big', items: broken }], 'Item 1, cart item 100: Quantity must be at least 1, got 0', 'Enter 1 or more.');
	});

	test('a property that is neither a cart item field nor mapped stops the run by default, naming it and the fix', async () => {
		await expectRejected(
			fromList(),
			[{ orderId: 'o-1', items: [{ name: 'Hat', sku: 'H-1', quantity: 1, price: 10, variant_id: 7, vendor: 'ACME' }] }],
			'Item 1, cart item 1: properties "variant_id", "vendor" are neither a cart item field nor mapped to one',
			'Map them under Cart Item Property Names, or choose under Other Cart Item Properties',
		);
	});

	test('Other Cart Item Properties → Send as Attributes sends them beside the mapped attributes', async () => {
		const item = { name: 'Hat', sku: 'H-1', quantity: 1, price: 10, attributes: { size: 'M' }, brand: 'ACME' };
		const result = await runOperation(server, 'updateCustomerSessionV2', fromList({ cartItemsOtherProperties: 'attributes' }), {
			inputItems: [{ orderId: 'o-1', items: [item] }],
		});
		expect(result.error).toBeUndefined();
		expect(sentCart()).toEqual([{ name: 'Hat', sku: 'H-1', quantity: 1, price: 10, attributes: { size: 'M', brand: 'ACME' } }]);
	});

	test('Send as Attributes refuses a property that is also an attribute, so neither value is dropped', async () => {
		await expectRejected(
			fromList({ cartItemsOtherProperties: 'attributes' }),
			[{ orderId: 'o-1', items: [{ name: 'Hat', sku: 'H-1', quantity: 1, price: 10, attributes: { brand: 'A' }, brand: 'B' }] }],
			'Item 1, cart item 1: Attributes has attribute "brand" that the entry also holds as a property',
			'Keep one of them',
		);
	});

	test('an empty list sends an empty cart (the customer emptied it); a list that is not there is an error', async () => {
		const empty = await runOperation(server, 'updateCustomerSessionV2', fromList(), { inputItems: [{ orderId: 'o-1', items: [] }] });
		expect(empty.error).toBeUndefined();
		expect(sentCart()).toEqual([]);

		server.reset();
		await expectRejected(fromList(), [{ orderId: 'o-1' }], 'Item 1: Cart Items got nothing from the input list', 'Check Cart Items List');
	});

	test('a list that is not a list, an entry that is not an object, and JSON text of a list', async () => {
		await expectRejected(fromList(), [{ orderId: 'o-1', items: 'shoes' }], 'Item 1: Cart Items must be a list, got "shoes"', 'Check Cart Items List');
		await expectRejected(
			fromList(),
			[{ orderId: 'o-1', items: [{ name: 'Hat', sku: 'H-1', quantity: 1, price: 10 }, 42] }],
			"Item 1, cart item 2: must be an object with the cart item's properties, got 42",
			'each entry should look like',
		);
		const text = await runOperation(server, 'updateCustomerSessionV2', fromList(), {
			inputItems: [{ orderId: 'o-1', items: JSON.stringify([{ name: 'Hat', sku: 'H-1', quantity: 1, price: 10 }]) }],
		});
		expect(text.error).toBeUndefined();
		expect(sentCart()).toEqual([{ name: 'Hat', sku: 'H-1', quantity: 1, price: 10 }]);
	});

	test('every repeatable group gets list mode: the legacy V1 session reads its cart from the input the same way', async () => {
		const result = await runOperation(server, 'updateCustomerSession', fromList(), {
			inputItems: [{ orderId: 'v1-o', items: [{ name: 'Mug', sku: 'MUG-1', quantity: 6, price: 12 }] }],
			scheme: 'signing',
		});
		expect(result.error).toBeUndefined();
		expect((server.requests[0].body as IDataObject).cartItems).toEqual([{ name: 'Mug', sku: 'MUG-1', quantity: 6, price: 12 }]);
	});
});

describe('the cart item parameters', () => {
	const properties = new TalonOne().description.properties;
	const shownFor = (name: string, operation: string) =>
		properties.find((p) => p.name === name && p.displayOptions?.show?.operation?.includes(operation) && p.displayOptions.show.resource?.includes('customerSession'));

	const listFields = operations.flatMap((op) =>
		(op.bodyFields ?? []).flatMap((f) => (f.kind === 'objectList' ? [[`${op.operationId} ${f.key}`, op, f] as const] : [])),
	);
	test.each(listFields)(
		'%s: a source selector (Enter Rows / From Input List) with the rows, the list, the property names and the other-properties choice',
		(_id, op, field) => {
			const shown = (name: string) =>
				properties.find((p) => p.name === name && p.displayOptions?.show?.operation?.includes(op.operation) && p.displayOptions.show.resource?.includes(op.resource));
			const source = shown(`${field.key}Source`)!;
			expect((source.options as Array<{ name: string }>).map((o) => o.name)).toEqual(['Enter Rows', 'From Input List']);
			expect(shown(field.key)?.displayOptions?.show?.[`${field.key}Source`]).toEqual(['rows']);
			for (const name of ['List', 'PropertyNames', 'OtherProperties'].map((suffix) => `${field.key}${suffix}`)) {
				expect(shown(name)?.displayOptions?.show?.[`${field.key}Source`]).toEqual(['list']);
			}
			const names = shown(`${field.key}PropertyNames`)!.options as INodeProperties[];
			const [first] = field.fields;
			expect(names.find((n) => n.name === first.key)).toMatchObject({ displayName: first.displayName, default: first.key });
		},
	);

	test('a cart row shows the required fields first and the rarely used ones grouped below them', () => {
		const rows = shownFor('cartItems', 'update')!;
		const [row] = rows.options as Array<{ values: INodeProperties[] }>;
		expect(row.values.map((v) => v.displayName)).toEqual(['Name', 'Price', 'Quantity', 'SKU', 'Weight, Size, Category and More']);
		const group = row.values[4];
		expect(group.type).toBe('collection');
		expect((group.options as INodeProperties[]).map((o) => o.name)).toEqual(
			expect.arrayContaining(['category', 'attributes', 'additionalCosts', 'weight', 'position']),
		);
	});
});
