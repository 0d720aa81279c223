import type { OperationCase } from './case';

const product = (sku: string, price: number, brand: string) => ({ sku, price, brand });

/** Workflow runs of the catalog operations (nodes/TalonOne/operations/catalog/). */
export const cases: OperationCase[] = [
	{
		operationId: 'syncCatalog',
		title: 'one product per input item, batched; a SKU twice goes into the next request (Talon.One refuses duplicates)',
		inputItems: [product('SHOE-42', 59.9, 'acme'), product('HAT-1', 19, 'sunny'), product('SHOE-42', 49.9, 'acme')],
		parameters: {
			catalogId: 1,
			type: 'ADD',
			sku: '={{ $json.sku }}',
			additionalFields: {
				price: '={{ $json.price }}',
				replaceIfExists: true,
				attributes: { attribute: [{ name: 'brand', type: 'string', value: '={{ $json.brand }}' }] },
			},
		},
		requests: [
			{
				method: 'PUT',
				rawTarget: '/v1/catalogs/1/sync',
				body: {
					actions: [
						{ type: 'ADD', payload: { sku: 'SHOE-42', price: 59.9, attributes: { brand: 'acme' }, replaceIfExists: true } },
						{ type: 'ADD', payload: { sku: 'HAT-1', price: 19, attributes: { brand: 'sunny' }, replaceIfExists: true } },
					],
				},
			},
			{
				method: 'PUT',
				rawTarget: '/v1/catalogs/1/sync',
				body: { actions: [{ type: 'ADD', payload: { sku: 'SHOE-42', price: 49.9, attributes: { brand: 'acme' }, replaceIfExists: true } }] },
			},
		],
		verify: (output, server) => {
			expect(output).toEqual([
				{ catalogId: 1, catalogVersion: 2, action: 'ADD', sku: 'SHOE-42', success: true },
				{ catalogId: 1, catalogVersion: 2, action: 'ADD', sku: 'HAT-1', success: true },
				{ catalogId: 1, catalogVersion: 3, action: 'ADD', sku: 'SHOE-42', success: true },
			]);
			expect(server.state.catalogs.get(1)?.items.get('SHOE-42')).toMatchObject({ price: 49.9 });
		},
	},
	{
		operationId: 'syncCatalog',
		title: 'Remove Many with a filter (its attribute picked from the list) removes the matching products',
		setup: (server) =>
			server.given('syncCatalog', {
				pathParams: { catalogId: 1 },
				body: { actions: [{ type: 'ADD', payload: { sku: 'OLD-1', attributes: { season: 'winter' } } }, { type: 'ADD', payload: { sku: 'NEW-1', attributes: { season: 'summer' } } }] },
			}),
		parameters: { catalogId: 1, type: 'REMOVE_MANY', filters: { item: [{ attr: { __rl: true, mode: 'list', value: 'season' }, op: 'EQ', value: 'winter' }] } },
		requests: [{ method: 'PUT', rawTarget: '/v1/catalogs/1/sync', body: { actions: [{ type: 'REMOVE_MANY', payload: { filters: [{ attr: 'season', op: 'EQ', value: 'winter' }] } }] } }],
		verify: ([json], server) => {
			expect(json).toEqual({ catalogId: 1, catalogVersion: 3, action: 'REMOVE_MANY', success: true });
			expect([...server.state.catalogs.get(1)!.items.keys()]).toEqual(['NEW-1']);
		},
	},
];
