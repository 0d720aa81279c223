import type { Obj } from '../shared';

/** A cart item catalog (Catalog) and its items by SKU. */
export interface StoredCatalog {
	catalog: Obj & { id: number; version: number; modified: string };
	items: Map<string, Obj>;
}

export const createCatalogState = () => ({ catalogs: new Map<number, StoredCatalog>() });
