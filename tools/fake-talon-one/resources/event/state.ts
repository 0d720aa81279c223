import type { HandlerContext } from '../../handler';
import type { Obj } from '../shared';

export interface TalonEvent {
	id: number;
	created: string;
	applicationId: number;
	profileId: string;
	type: string;
	attributes: Obj;
	sessionId?: string;
	effects: Obj[];
	ledgerEntries: unknown[];
	meta: Obj;
}

export const createEventState = () => ({
	/** Tracked events (trackEvent) by id. */
	events: new Map<number, TalonEvent>(),
	profileEvents: new Map<string, Set<number>>(),
	/** Advanced (V3) events as Talon.One shows them, by their integrationId (registered only once). */
	advancedEvents: new Map<string, Obj>(),
});

export const emptyMeta = (): Obj => ({ campaigns: {}, coupons: {}, warnings: {} });

/** A new event (numbered, not stored); `sessionId` only when given. */
export function newEvent(
	ctx: HandlerContext,
	e: { profileId: string; type: string; attributes: Obj; sessionId?: string; effects?: Obj[]; meta?: Obj },
): TalonEvent {
	return {
		id: ctx.state.nextId.event++,
		created: ctx.now,
		applicationId: ctx.state.applicationId,
		profileId: e.profileId,
		type: e.type,
		attributes: e.attributes,
		...('sessionId' in e ? { sessionId: e.sessionId } : {}),
		effects: e.effects ?? [],
		ledgerEntries: [],
		meta: e.meta ?? emptyMeta(),
	};
}
