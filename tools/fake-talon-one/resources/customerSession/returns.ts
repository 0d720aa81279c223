/**
 * Returning items of a closed session and reopening it, with the rollback effects Talon.One documents:
 * a return takes back the discount the returned items no longer earn and marks the session
 * partially returned; reopening takes back everything closing gave (discounts, coupon and referral
 * redemptions, loyalty points, the profile's sales) and puts the session back to open.
 */
import { errorResult, type HandlerResult } from '../../core/errors';
import type { HandlerContext } from '../../handler';
import { CAMPAIGN_DISCOUNT_ID } from '../campaign/state';
import { newEvent, type TalonEvent } from '../event/state';
import { rollbackEarnedPoints } from '../loyalty/earning';
import { ACCOUNT_ID, round2, type Obj } from '../shared';
import { additionalCostTotal, cartSubtotal, evaluate, type Evaluation } from './ruleEngine';
import { redeem, type Closing, type Session } from './state';

type Refused = { error: HandlerResult };

export interface ReturnResult {
	session: Session;
	record: Obj;
	effects: Obj[];
	event: TalonEvent;
}

const refuse = (details: string, pointer?: string): Refused => ({
	error: errorResult(400, 'Invalid return', details, pointer ? { pointer } : undefined),
});

export const sessionNotFound = (id: string): HandlerResult => errorResult(404, 'Customer session not found', `no customer session with the ID ${id}`);

const notFound = (id: string): Refused => ({ error: sessionNotFound(id) });

/** A rollback effect of the campaign that gave what is taken back. */
function rollbackEffect(ctx: HandlerContext, campaignId: number, effectType: string, props: Obj): Obj {
	const campaign = ctx.state.campaigns.get(campaignId);
	return { campaignId, rulesetId: campaign?.activeRulesetId ?? 0, ruleIndex: 0, ruleName: campaign?.ruleName ?? '', effectType, props };
}

/** The cart as it is after returns: each line's remaining units. */
const remainingCart = (items: Obj[]) => items.map((item) => ({ ...item, quantity: item.remainingQuantity ?? item.quantity }));

/** The discounts the closed session keeps for `cart`, and a rollback effect for each amount it no longer earns. */
function rollBackDiscounts(ctx: HandlerContext, closing: Closing, cart: Obj[]): { kept: Evaluation['discounts']; effects: Obj[] } {
	const now = evaluate(ctx.state, { profileId: closing.profileId, couponCodes: [], referralCode: '', cartItems: cart }, Date.parse(ctx.now));
	const effects: Obj[] = [];
	const kept: Evaluation['discounts'] = {};
	for (const [name, value] of Object.entries(closing.evaluation.discounts)) {
		kept[name] = Math.min(value, now.discounts[name] ?? 0);
		const back = round2(value - kept[name]);
		if (back > 0) effects.push(rollbackEffect(ctx, CAMPAIGN_DISCOUNT_ID, 'rollbackDiscount', { name, value: back }));
	}
	return { kept, effects };
}

/** Which cart line each returned entry takes units from, and how many. */
function matchLines(items: Obj[], returned: Obj[]): { lines: Array<{ index: number; quantity: number }> } | Refused {
	const left = items.map((item) => Number(item.remainingQuantity ?? item.quantity));
	const lines: Array<{ index: number; quantity: number }> = [];
	for (const [i, entry] of returned.entries()) {
		const at = `/return/returnedCartItems/${i}`;
		const index = entry.position !== undefined ? entry.position : items.findIndex((item, n) => item.sku === entry.sku && left[n] > 0);
		if (index < 0 || index >= items.length) return refuse(`no cart item with ${entry.position !== undefined ? `position ${entry.position}` : `SKU ${entry.sku} and units left`} in the session`, at);
		if (entry.sku !== undefined && items[index].sku !== entry.sku) return refuse(`the cart item at position ${index} has SKU ${items[index].sku}, not ${entry.sku}`, at);
		const quantity = entry.quantity ?? left[index];
		if (quantity < 1 || quantity > left[index]) return refuse(`cannot return ${quantity} units of ${items[index].sku}: ${left[index]} left`, `${at}/quantity`);
		left[index] -= quantity;
		lines.push({ index, quantity });
	}
	return { lines };
}

function withReturnedUnits(items: Obj[], lines: Array<{ index: number; quantity: number }>): Obj[] {
	const next = items.map((item) => ({ ...item }));
	for (const { index, quantity } of lines) {
		const item = next[index];
		item.returnedQuantity = (item.returnedQuantity ?? 0) + quantity;
		item.remainingQuantity = item.quantity - item.returnedQuantity;
	}
	return next;
}

export function returnItems(ctx: HandlerContext, sessionId: string, returned: Obj[], dry: boolean): ReturnResult | Refused {
	const { state } = ctx;
	const stored = state.sessions.get(sessionId);
	if (!stored) return notFound(sessionId);
	const closing = state.closings.get(sessionId);
	if (!closing || (stored.state !== 'closed' && stored.state !== 'partially_returned')) {
		return refuse(`items can be returned only from a closed session; this one is ${stored.state}`);
	}
	const matched = matchLines(stored.cartItems, returned);
	if ('error' in matched) return matched;
	const cartItems = withReturnedUnits(stored.cartItems, matched.lines);
	const remaining = remainingCart(cartItems);
	const cartItemTotal = cartSubtotal(remaining);
	const returnedValue = round2(stored.cartItemTotal - cartItemTotal);
	const session: Session = {
		...stored,
		cartItems,
		state: 'partially_returned',
		cartItemTotal,
		total: round2(cartItemTotal + additionalCostTotal(stored.additionalCosts)),
		updateCount: stored.updateCount + 1,
		updated: ctx.now,
	};
	const { kept, effects } = rollBackDiscounts(ctx, closing, remaining);
	const event = newEvent(ctx, { profileId: session.profileId, type: 'talon_session_partially_returned', attributes: {}, sessionId, effects });
	const record: Obj = {
		id: dry ? 0 : state.nextId.return++,
		created: ctx.now,
		applicationId: state.applicationId,
		accountId: ACCOUNT_ID,
		returnedCartItems: matched.lines.map(({ index, quantity }) => ({ position: index, quantity, sku: stored.cartItems[index].sku })),
		eventId: event.id,
		sessionId: session.id,
		sessionIntegrationId: sessionId,
		...(session.profileId ? { profileIntegrationId: session.profileId } : {}),
	};
	if (!dry) {
		state.sessions.set(sessionId, session);
		state.closings.set(sessionId, { ...closing, evaluation: { ...closing.evaluation, discounts: kept } });
		state.sessionReturns.set(sessionId, [...(state.sessionReturns.get(sessionId) ?? []), record]);
		const profile = state.profiles.get(session.profileId);
		if (profile) profile.totalSales = round2(profile.totalSales - returnedValue);
		ctx.write(`session:${sessionId}`, ctx.body);
	}
	return { session, record, effects, event };
}

/** Reopens a closed session: everything closing gave is rolled back. */
export function reopen(ctx: HandlerContext, sessionId: string): { effects: Obj[] } | Refused {
	const { state } = ctx;
	const stored = state.sessions.get(sessionId);
	if (!stored) return notFound(sessionId);
	const closing = state.closings.get(sessionId);
	if (stored.state !== 'closed' || !closing) {
		return { error: errorResult(400, 'Invalid session state', `only a closed session can be reopened; this one is ${stored.state}`) };
	}
	const { evaluation, profileId } = closing;
	const referral = evaluation.acceptedReferral;
	const effects = [
		...evaluation.acceptedCoupons.map((c) => rollbackEffect(ctx, c.campaignId, 'rollbackCoupon', { value: c.value })),
		...(referral ? [rollbackEffect(ctx, referral.campaignId, 'rollbackReferral', { value: referral.code })] : []),
		...Object.entries(evaluation.discounts).map(([name, value]) => rollbackEffect(ctx, CAMPAIGN_DISCOUNT_ID, 'rollbackDiscount', { name, value })),
		...(evaluation.earned ? [rollbackEffect(ctx, evaluation.earned.campaign.id, 'rollbackAddedLoyaltyPoints', evaluation.earned.props)] : []),
	];
	redeem(state, evaluation, profileId, -1);
	if (evaluation.earned) rollbackEarnedPoints(state, evaluation.earned, profileId, sessionId, ctx.now);
	state.closings.delete(sessionId);
	state.sessions.set(sessionId, { ...stored, state: 'open', updateCount: stored.updateCount + 1, updated: ctx.now });
	const profile = state.profiles.get(profileId);
	if (profile) {
		profile.closedSessions--;
		profile.totalSales = round2(profile.totalSales - stored.total);
	}
	ctx.write(`session:${sessionId}`, {});
	return { effects };
}
