import type { IDataObject } from 'n8n-workflow';
import type { SentRequest } from '../operations/types';

export const balancesSummaryDescription =
	"Whether to return one flat summary (active, pending, spent and expired points, the current tier and what is missing for the next one, each subledger's balance) instead of Talon.One's full answer";

const POINT_KINDS = ['activePoints', 'pendingPoints', 'spentPoints', 'expiredPoints', 'negativePoints'] as const;

const numberOr0 = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

function pointsOf(balance: IDataObject | undefined): IDataObject {
	return Object.fromEntries(POINT_KINDS.map((kind) => [kind, numberOr0(balance?.[kind])]));
}

/** The tier in plain fields; null where Talon.One gave none (no tiers asked for, or the program has none). */
function tierOf(balance: IDataObject | undefined): IDataObject {
	const current = balance?.currentTier as IDataObject | undefined;
	const projected = balance?.projectedTier as IDataObject | undefined;
	return {
		currentTier: current?.name ?? null,
		nextTier: balance?.nextTierName ?? null,
		pointsToNextTier: balance?.pointsToNextTier ?? null,
		...(projected ? { projectedTier: projected.projectedTierName ?? null, projectedActivePoints: projected.projectedActivePoints } : {}),
	};
}

function subledgersOf(answer: IDataObject): IDataObject {
	const subledgers = (answer.subledgerBalances ?? {}) as Record<string, IDataObject>;
	return Object.fromEntries(Object.entries(subledgers).map(([id, balance]) => [id, { ...pointsOf(balance), ...(balance.currentTier ? tierOf(balance) : {}) }]));
}

/** A customer's or a card's balance answer as flat fields a marketer can map directly. */
export function summarizeBalances(answer: IDataObject, sent: SentRequest): IDataObject {
	const balance = answer.balance as IDataObject | undefined;
	const profiles = Array.isArray(answer.profiles) ? (answer.profiles as IDataObject[]) : undefined;
	return {
		...sent.identity,
		...pointsOf(balance),
		...tierOf(balance),
		subledgers: subledgersOf(answer),
		...(profiles ? { linkedCustomerProfileIds: profiles.map((p) => p.integrationId) } : {}),
	};
}
