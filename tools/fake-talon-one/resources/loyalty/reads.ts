/** The read answers both APIs share: balances, point lists and transaction lists, paged like Talon.One. */
import type { LoyaltyProgram } from '../loyaltyProgram/state';
import { inFilter, type Obj } from '../shared';
import { balanceWithTier, bySubledger, pointsOf, pointsView, statusAt, transactionView, type LoyaltyTransaction } from './state';

export function page<T>(list: readonly T[], query: Obj, defaultPageSize: number): { hasMore: boolean; data: T[] } {
	const skip = query.skip ?? 0;
	const pageSize = query.pageSize ?? defaultPageSize;
	return { hasMore: skip + pageSize < list.length, data: list.slice(skip, skip + pageSize) };
}

const atOf = (query: Obj, now: string) => Date.parse(query.endDate ?? now);

/**
 * `{ balance, subledgerBalances }`: the main ledger and every subledger, or only those asked for.
 * A customer's `subledgerId` is one subledger, whose points are then the `balance`; a card's is a
 * list that only narrows `subledgerBalances`. Tiers come with `includeTiers` and
 * `includeProjectedTier`; card balances never have them.
 */
export function balancesAnswer(program: LoyaltyProgram, transactions: readonly LoyaltyTransaction[], query: Obj, now: string): Obj {
	const at = atOf(query, now);
	const opts = { tiers: query.includeTiers === true, projected: query.includeProjectedTier === true };
	const ledgers = bySubledger(transactions);
	const wanted: string | string[] | undefined = query.subledgerId;
	const main = typeof wanted === 'string' ? wanted : '';
	const balance = balanceWithTier(program, pointsOf(ledgers.get(main) ?? [], at), opts);
	const subledgerBalances = Object.fromEntries(
		[...ledgers].filter(([id]) => id !== '' && inFilter(wanted, id)).map(([id, list]) => [id, balanceWithTier(program, pointsOf(list, at), opts)]),
	);
	return { balance, subledgerBalances };
}

/** The filters point and transaction lists share: subledgers, customer sessions and transaction UUIDs. */
const matchesLedgerFilters = (t: LoyaltyTransaction, query: Obj): boolean =>
	inFilter(query.subledgerId, t.subledgerId) &&
	(query.customerSessionIDs === undefined || (t.customerSessionId !== undefined && inFilter(query.customerSessionIDs, t.customerSessionId))) &&
	inFilter(query.transactionUUIDs, t.transactionUUID);

/** Additions with the status asked for (active by default), sorted when asked. */
export function pointsList(transactions: readonly LoyaltyTransaction[], query: Obj, now: string): Obj {
	const at = Date.parse(now);
	const status = query.status ?? 'active';
	const additions = transactions.filter((t) => t.type === 'addition' && statusAt(t, at) === status && matchesLedgerFilters(t, query));
	if (query.sort) additions.sort((a, b) => String(a[query.sort as 'startDate']).localeCompare(String(b[query.sort as 'startDate'])));
	const answer = page(additions, query, 50);
	return { hasMore: answer.hasMore, data: answer.data.map(pointsView) };
}

/** Transactions matching the filters, newest first. */
export function transactionList(transactions: readonly LoyaltyTransaction[], query: Obj): Obj {
	const from = query.startDate ? Date.parse(query.startDate) : -Infinity;
	const to = query.endDate ? Date.parse(query.endDate) : Infinity;
	const matching = transactions
		.filter((t) => query.loyaltyTransactionType === undefined || t.source === query.loyaltyTransactionType)
		.filter((t) => matchesLedgerFilters(t, query))
		.filter((t) => query.awaitsActivation === undefined || (t.startDate === 'on_action') === query.awaitsActivation)
		.filter((t) => Date.parse(t.created) >= from && Date.parse(t.created) <= to)
		.sort((a, b) => b.id - a.id);
	const answer = page(matching, query, 50);
	return { hasMore: answer.hasMore, data: answer.data.map(transactionView) };
}
