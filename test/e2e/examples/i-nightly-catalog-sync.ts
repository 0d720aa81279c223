import type { ExampleCheck } from './types';

export default {
	title: 'a product list is synced to the catalog in one batch; the best prior price of each product follows',
	check: ({ server, out, requestsTo }) => {
		const [sync] = requestsTo('syncCatalog');
		expect(requestsTo('syncCatalog')).toHaveLength(1);
		expect(sync.body).toEqual({
			actions: [
				{ type: 'ADD', payload: { sku: 'SHOE-42', price: 59.9, attributes: { brand: 'acme' }, replaceIfExists: true } },
				{ type: 'ADD', payload: { sku: 'HAT-1', price: 19, attributes: { brand: 'sunny' }, replaceIfExists: true } },
				{ type: 'ADD', payload: { sku: 'SOCK-1', price: 4.5, attributes: { brand: 'acme' }, replaceIfExists: true } },
			],
		});
		expect(out('Sync Catalog').map((o) => o.sku)).toEqual(['SHOE-42', 'HAT-1', 'SOCK-1']);
		expect([...server.state.catalogs.get(1)!.items.keys()]).toEqual(['SHOE-42', 'HAT-1', 'SOCK-1']);
		expect(out('Best Prior Price').map((p) => [p.sku, p.price])).toEqual([
			['SHOE-42', 59.9],
			['HAT-1', 19],
			['SOCK-1', 4.5],
		]);
	},
} satisfies ExampleCheck;
