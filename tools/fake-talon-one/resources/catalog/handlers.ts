import { errorResult } from '../../core/errors';
import type { Handlers } from '../../handler';
import type { Obj } from '../shared';

type Filter = { attr: string; op: string; value: unknown };

function matches(item: Obj, filters: Filter[] | undefined): boolean {
	return (filters ?? []).every(({ attr, op, value }) => {
		const actual = item.attributes?.[attr];
		switch (op) {
			case 'IN':
				return String(value).split(',').map((v) => v.trim()).includes(String(actual));
			case 'LT':
				return Number(actual) < Number(value);
			case 'LE':
				return Number(actual) <= Number(value);
			case 'GT':
				return Number(actual) > Number(value);
			case 'GE':
				return Number(actual) >= Number(value);
			default:
				return String(actual) === String(value);
		}
	});
}

/** What Add and Update keep of a payload: price, attributes and product as sent. */
function itemFrom(payload: Obj, existing?: Obj): Obj {
	return {
		sku: payload.sku,
		price: payload.price ?? existing?.price,
		attributes: payload.attributes ?? {},
		product: payload.product ?? null,
	};
}

/**
 * Talon.One keeps each product's price history from the catalog (read by Best Prior Price).
 * One kind of action per sync and each SKU once, as Talon.One requires; Add fails on a SKU already in
 * the catalog unless it may replace it, Update and Remove on one that is not (unless Update may create it).
 */
export const catalogHandlers: Handlers = {
	syncCatalog(ctx) {
		const stored = ctx.state.catalogs.get(ctx.pathParams.catalogId);
		if (!stored) return errorResult(404, 'Catalog not found', `no catalog with the ID ${ctx.pathParams.catalogId}`);
		const actions: Array<{ type: string; payload: Obj }> = ctx.body.actions;
		if (new Set(actions.map((a) => a.type)).size > 1) return errorResult(400, 'Invalid sync', 'only one type of action per sync request', { pointer: '/actions' });
		const skus = actions.map((a) => a.payload.sku).filter((sku) => sku !== undefined);
		if (new Set(skus).size < skus.length) return errorResult(400, 'Invalid sync', 'duplicate SKU in one sync request', { pointer: '/actions' });
		const items = new Map(stored.items);
		for (const [i, { type, payload }] of actions.entries()) {
			const at = { pointer: `/actions/${i}/payload/sku` };
			const existing = items.get(payload.sku);
			if (type === 'ADD') {
				if (existing && !payload.replaceIfExists) return errorResult(409, 'Catalog item already exists', `SKU ${payload.sku} is already in the catalog`, at);
				items.set(payload.sku, itemFrom(payload, existing));
			} else if (type === 'PATCH') {
				if (!existing && !payload.createIfNotExists) return errorResult(404, 'Catalog item not found', `SKU ${payload.sku} is not in the catalog`, at);
				items.set(payload.sku, { ...existing, ...itemFrom(payload, existing), attributes: { ...existing?.attributes, ...payload.attributes } });
			} else if (type === 'REMOVE') {
				if (!existing) return errorResult(404, 'Catalog item not found', `SKU ${payload.sku} is not in the catalog`, at);
				items.delete(payload.sku);
			} else {
				for (const [sku, item] of items) {
					if (!matches(item, payload.filters)) continue;
					if (type === 'REMOVE_MANY') items.delete(sku);
					else if (type === 'PATCH_MANY') items.set(sku, { ...item, price: payload.price ?? item.price, attributes: { ...item.attributes, ...payload.attributes } });
				}
			}
		}
		for (const { type, payload } of actions) {
			if ((type === 'ADD' || type === 'PATCH') && payload.price !== undefined) {
				ctx.state.priceHistory.push({ id: ctx.state.priceHistory.length + 1, sku: payload.sku, observedAt: ctx.now, price: payload.price, contextId: '' });
			}
		}
		stored.items = items;
		stored.catalog = { ...stored.catalog, version: stored.catalog.version + 1, modified: ctx.now };
		ctx.write(`catalog:${stored.catalog.id}`, ctx.body);
		return { status: 200, body: stored.catalog };
	},
};
