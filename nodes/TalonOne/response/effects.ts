import type { IDataObject } from 'n8n-workflow';

/**
 * What a marketer acts on, read from the effects of Talon.One's rule engine (the Integration API's
 * effect types and their `props`). Effects not summarized here stay in `effects`.
 */

interface Effect {
	campaignId?: number;
	effectType?: string;
	props?: IDataObject;
}

const discountEffects = new Set(['setDiscount', 'setDiscountPerItem', 'setDiscountPerAdditionalCost', 'setDiscountPerAdditionalCostPerItem']);
const rejections = new Set(['rejectCoupon', 'rejectReferral']);

/** Adds amounts without binary fraction noise (5.99 + 0.9 is 6.89, not 6.890000000000001). */
const total = (values: number[]) => Math.round(values.reduce((sum, value) => sum + value, 0) * 1e6) / 1e6;

const numberOf = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** Only the properties that are there, so the summary never shows `undefined`. */
function present(values: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== null && value !== ''));
}

function discountLine(effect: Effect): IDataObject {
	const props = effect.props ?? {};
	return present({
		name: props.name,
		value: numberOf(props.value),
		campaignId: effect.campaignId,
		cartItemPosition: props.position,
		additionalCost: props.additionalCost,
	});
}

const rejection = (props: IDataObject) => present({ code: props.value, reason: props.rejectionReason, details: props.details });

/** Talon.One's triggered campaigns when the answer has them (Response Content), else the campaigns whose effects apply. */
function triggeredCampaigns(effects: Effect[], campaigns: unknown): IDataObject[] {
	if (Array.isArray(campaigns)) return (campaigns as IDataObject[]).map((c) => present({ id: c.id, name: c.name }));
	const ids = effects.filter((e) => !rejections.has(e.effectType ?? '') && numberOf(e.campaignId) > 0).map((e) => e.campaignId);
	return [...new Set(ids)].map((id) => ({ id }));
}

export function summarizeEffects(effectList: unknown, campaigns: unknown): IDataObject {
	const effects = (Array.isArray(effectList) ? effectList : []) as Effect[];
	const ofType = (...types: string[]) => effects.filter((e) => types.includes(e.effectType ?? ''));
	const discounts = effects.filter((e) => discountEffects.has(e.effectType ?? '')).map(discountLine);
	const [acceptedReferral] = ofType('acceptReferral', 'redeemReferral');
	const [rejectedReferral] = ofType('rejectReferral');
	return {
		discountTotal: total(discounts.map((d) => d.value as number)),
		discounts,
		acceptedCoupons: ofType('acceptCoupon').map((e) => e.props?.value),
		rejectedCoupons: ofType('rejectCoupon').map((e) => rejection(e.props ?? {})),
		acceptedReferral: acceptedReferral?.props?.value ?? null,
		rejectedReferral: rejectedReferral ? rejection(rejectedReferral.props ?? {}) : null,
		loyaltyPointsAdded: total(ofType('addLoyaltyPoints').map((e) => numberOf(e.props?.value))),
		loyaltyPointsDeducted: total(ofType('deductLoyaltyPoints').map((e) => numberOf(e.props?.value))),
		triggeredCampaigns: triggeredCampaigns(effects, campaigns),
	};
}

/** What a return or a reopened session took back: discounts, coupon and referral uses, loyalty points. */
export function summarizeRollbacks(effectList: unknown): IDataObject {
	const effects = (Array.isArray(effectList) ? effectList : []) as Effect[];
	const ofType = (type: string) => effects.filter((e) => e.effectType === type);
	const discounts = ofType('rollbackDiscount').map(discountLine);
	const [referral] = ofType('rollbackReferral');
	return {
		rolledBackDiscountTotal: total(discounts.map((d) => d.value as number)),
		rolledBackDiscounts: discounts,
		rolledBackCoupons: ofType('rollbackCoupon').map((e) => e.props?.value),
		rolledBackReferral: referral?.props?.value ?? null,
		rolledBackLoyaltyPoints: total(ofType('rollbackAddedLoyaltyPoints').map((e) => numberOf(e.props?.value))),
		restoredLoyaltyPoints: total(ofType('rollbackDeductedLoyaltyPoints').map((e) => numberOf(e.props?.value))),
	};
}
