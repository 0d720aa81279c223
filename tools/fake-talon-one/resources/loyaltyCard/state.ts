import type { State } from '../../state';
import { bySubledger, pointsOf, transactionsOf, type Points } from '../loyalty/state';
import type { LoyaltyProgram } from '../loyaltyProgram/state';
import type { Obj } from '../shared';

export interface LoyaltyCard {
	id: number;
	created: string;
	programId: number;
	identifier: string;
	status: 'active' | 'inactive';
	profiles: Array<{ integrationId: string; timestamp: string }>;
	modified: string;
	batchId?: string;
}

/** Keyed by `<programId>:<identifier>`. */
export const createLoyaltyCardState = () => ({ loyaltyCards: new Map<string, LoyaltyCard>() });

export const cardKey = (programId: number, identifier: string) => `${programId}:${identifier}`;

export function storeCard(state: State, card: Omit<LoyaltyCard, 'id'>): LoyaltyCard {
	const stored = { id: state.nextId.loyaltyCard++, ...card };
	state.loyaltyCards.set(cardKey(card.programId, card.identifier), stored);
	return stored;
}

/** A balance in the card ledger's words (current, pending, …). */
function ledgerOf(points: Points): Obj {
	return {
		currentBalance: points.activePoints,
		pendingBalance: points.pendingPoints,
		negativeBalance: points.negativePoints,
		expiredBalance: points.expiredPoints,
		spentBalance: points.spentPoints,
		tentativeCurrentBalance: points.activePoints,
	};
}

/** LoyaltyCard as both APIs return it, with its ledger computed now. */
export function cardView(state: State, program: LoyaltyProgram, card: LoyaltyCard, now: string): Obj {
	const ledgers = bySubledger(transactionsOf(state, program.id, { cardIdentifier: card.identifier }));
	const at = Date.parse(now);
	return {
		id: card.id,
		created: card.created,
		programID: program.id,
		programName: program.name,
		programTitle: program.title,
		status: card.status,
		identifier: card.identifier,
		usersPerCardLimit: program.usersPerCardLimit ?? 0,
		profiles: card.profiles,
		ledger: ledgerOf(pointsOf(ledgers.get('') ?? [], at)),
		subledgers: Object.fromEntries([...ledgers].filter(([id]) => id !== '').map(([id, list]) => [id, ledgerOf(pointsOf(list, at))])),
		modified: card.modified,
		...(card.batchId ? { batchId: card.batchId } : {}),
	};
}
