/**
 * The one loyalty ledger both APIs read and write: every addition and deduction of points, for a
 * customer profile or a loyalty card, in a program's main ledger ('') or a subledger. Balances,
 * tiers and point lists are computed from it at the time asked for.
 */
import type { State } from '../../state';
import type { LoyaltyProgram } from '../loyaltyProgram/state';
import { tierFor } from '../loyaltyProgram/state';
import { round2, type Obj } from '../shared';

/** Whose points: a customer (integration ID) or a card (identifier). */
export type LedgerOwner = { profileId: string } | { cardIdentifier: string };

export interface LoyaltyTransaction {
	id: number;
	transactionUUID: string;
	created: string;
	programId: number;
	owner: LedgerOwner;
	customerSessionId?: string;
	type: 'addition' | 'subtraction';
	name: string;
	/** When the points become active: a date, or 'on_action' while they wait for Activate Points. */
	startDate: string;
	/** A date, or 'unlimited'. */
	expiryDate: string;
	subledgerId: string;
	amount: number;
	source: 'manual' | 'session' | 'import';
	rulesetId?: number;
	ruleName?: string;
}

export const createLoyaltyState = () => ({ loyaltyTransactions: [] as LoyaltyTransaction[] });

export interface Points {
	activePoints: number;
	pendingPoints: number;
	spentPoints: number;
	expiredPoints: number;
	negativePoints: number;
}

const ownerKey = (owner: LedgerOwner) => ('profileId' in owner ? `profile:${owner.profileId}` : `card:${owner.cardIdentifier}`);

export function transactionsOf(state: State, programId: number, owner: LedgerOwner): LoyaltyTransaction[] {
	const key = ownerKey(owner);
	return state.loyaltyTransactions.filter((t) => t.programId === programId && ownerKey(t.owner) === key);
}

export type PointStatus = 'active' | 'pending' | 'expired';

export function statusAt(t: LoyaltyTransaction, atMs: number): PointStatus {
	if (t.startDate === 'on_action' || Date.parse(t.startDate) > atMs) return 'pending';
	if (t.expiryDate !== 'unlimited' && Date.parse(t.expiryDate) <= atMs) return 'expired';
	return 'active';
}

export function pointsOf(transactions: readonly LoyaltyTransaction[], atMs: number): Points {
	const sums = { active: 0, pending: 0, expired: 0, spent: 0 };
	for (const t of transactions) {
		if (t.type === 'subtraction') sums.spent += t.amount;
		else sums[statusAt(t, atMs)] += t.amount;
	}
	const net = sums.active - sums.spent;
	return {
		activePoints: round2(Math.max(net, 0)),
		pendingPoints: round2(sums.pending),
		spentPoints: round2(sums.spent),
		expiredPoints: round2(sums.expired),
		negativePoints: round2(Math.max(-net, 0)),
	};
}

/** The main ledger's and each subledger's transactions. */
export function bySubledger(transactions: readonly LoyaltyTransaction[]): Map<string, LoyaltyTransaction[]> {
	const ledgers = new Map<string, LoyaltyTransaction[]>([['', []]]);
	for (const t of transactions) ledgers.set(t.subledgerId, [...(ledgers.get(t.subledgerId) ?? []), t]);
	return ledgers;
}

/** A balance with the tier fields Talon.One adds when asked for them. */
export function balanceWithTier(program: LoyaltyProgram, points: Points, opts: { tiers: boolean; projected: boolean }): Obj {
	const out: Obj = { ...points };
	if (!program.tiers.length) return out;
	const { current, next } = tierFor(program, points.activePoints);
	if (opts.tiers && current) {
		out.currentTier = { id: current.id, name: current.name, downgradePolicy: 'balance_based' };
		if (next) {
			out.nextTierName = next.name;
			out.pointsToNextTier = round2(next.minPoints - points.activePoints);
		}
	}
	if (opts.projected) {
		const projected = tierFor(program, points.activePoints + points.pendingPoints).current;
		out.projectedTier = { projectedActivePoints: round2(points.activePoints + points.pendingPoints), ...(projected ? { projectedTierName: projected.name } : {}) };
	}
	return out;
}

/** Talon.One's duration: a whole number and a unit (s, m, h, D, W, M, Y), optionally rounded (_D, _U); null when malformed. */
export function addDuration(fromIso: string, duration: string): string | null {
	const match = /^(\d+)([smhDWMY])(_D|_U)?$/.exec(duration);
	if (!match) return null;
	const n = Number(match[1]);
	const date = new Date(fromIso);
	const unit = match[2];
	if (unit === 's') date.setUTCSeconds(date.getUTCSeconds() + n);
	if (unit === 'm') date.setUTCMinutes(date.getUTCMinutes() + n);
	if (unit === 'h') date.setUTCHours(date.getUTCHours() + n);
	if (unit === 'D') date.setUTCDate(date.getUTCDate() + n);
	if (unit === 'W') date.setUTCDate(date.getUTCDate() + 7 * n);
	if (unit === 'M') date.setUTCMonth(date.getUTCMonth() + n);
	if (unit === 'Y') date.setUTCFullYear(date.getUTCFullYear() + n);
	if (match[3] === '_D') date.setUTCHours(0, 0, 0, 0);
	if (match[3] === '_U') date.setUTCHours(23, 59, 59, 0);
	return date.toISOString();
}

/** A UUID that says which transaction it is (deterministic, so tests can name it). */
export const transactionUUID = (id: number) => `00000000-0000-4000-8000-${id.toString(16).padStart(12, '0')}`;

export interface NewPoints {
	programId: number;
	owner: LedgerOwner;
	type: LoyaltyTransaction['type'];
	amount: number;
	name: string;
	subledgerId: string;
	source: LoyaltyTransaction['source'];
	startDate: string;
	expiryDate: string;
	customerSessionId?: string;
	rulesetId?: number;
	ruleName?: string;
}

export function record(state: State, created: string, entry: NewPoints): LoyaltyTransaction {
	const id = state.nextId.loyaltyTransaction++;
	const transaction: LoyaltyTransaction = { id, transactionUUID: transactionUUID(id), created, ...entry };
	state.loyaltyTransactions.push(transaction);
	return transaction;
}

/** When added points start and end, from the request's timing or the program's defaults; an error names the field. */
export function pointsWindow(
	program: LoyaltyProgram,
	now: string,
	timing: { validityDuration?: string; validUntil?: string; pendingDuration?: string; pendingUntil?: string },
): { startDate: string; expiryDate: string } | { error: string; pointer: string } {
	const pending = timing.pendingUntil ?? timing.pendingDuration ?? program.defaultPending;
	const startDate: string | null = timing.pendingUntil ?? (pending === 'immediate' ? now : pending === 'on_action' ? 'on_action' : addDuration(now, pending));
	if (!startDate) return { error: `pendingDuration "${pending}" is not immediate, on_action or a duration like 14D`, pointer: '/pendingDuration' };
	const from = startDate === 'on_action' ? now : startDate;
	const validity = timing.validityDuration ?? program.defaultValidity;
	const expiryDate = timing.validUntil ?? (validity === 'unlimited' ? 'unlimited' : addDuration(from, validity));
	if (!expiryDate) return { error: `validityDuration "${validity}" is not unlimited or a duration like 12M`, pointer: '/validityDuration' };
	return { startDate, expiryDate };
}

/** One transaction in the shape of the transaction lists (card lists add the card identifier). */
export function transactionView(t: LoyaltyTransaction): Obj {
	return {
		transactionUUID: t.transactionUUID,
		created: t.created,
		programId: t.programId,
		...('cardIdentifier' in t.owner ? { cardIdentifier: t.owner.cardIdentifier } : {}),
		...(t.customerSessionId ? { customerSessionId: t.customerSessionId } : {}),
		type: t.type,
		name: t.name,
		startDate: t.startDate,
		expiryDate: t.expiryDate,
		subledgerId: t.subledgerId,
		amount: t.amount,
		id: t.id,
		...(t.rulesetId !== undefined ? { rulesetId: t.rulesetId, ruleName: t.ruleName } : {}),
	};
}

/** One addition in the shape of the point lists. */
export function pointsView(t: LoyaltyTransaction): Obj {
	return {
		id: t.id,
		transactionUUID: t.transactionUUID,
		created: t.created,
		programId: t.programId,
		...(t.customerSessionId ? { customerSessionId: t.customerSessionId } : {}),
		name: t.name,
		startDate: t.startDate,
		expiryDate: t.expiryDate,
		subledgerId: t.subledgerId,
		amount: t.amount,
	};
}
