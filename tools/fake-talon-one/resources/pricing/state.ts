/** A price a SKU had from `observedAt` on, for everyone or for one audience. */
export interface PriceObservation {
	id: number;
	sku: string;
	observedAt: string;
	price: number;
	contextId: string;
	audienceId?: number;
}

export const createPricingState = () => ({ priceHistory: [] as PriceObservation[] });
