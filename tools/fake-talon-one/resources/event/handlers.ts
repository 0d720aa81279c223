import { errorResult } from '../../core/errors';
import type { HandlerContext, Handlers } from '../../handler';
import { profileView, upsertProfile } from '../customerProfile/state';
import { sessionNotFound } from '../customerSession/returns';
import { emptyV1Session, sessionV1View, v1Profile } from '../customerSession/views';
import { addToIndex, emptyLoyalty, type Obj } from '../shared';
import { newEvent, type TalonEvent } from './state';

interface Tracked {
	event: TalonEvent;
	dry: boolean;
	/** The answer with what Response Content asks for; `content` adds the operation's own parts. */
	answer: (content: Obj) => Obj;
}

/** Records a V2 or V3 event for its profile (created when new; V2's schema allows none); nothing is kept on a dry run. */
function trackForProfile(ctx: HandlerContext): Tracked {
	const dry = ctx.query.dry === true;
	const b = ctx.body;
	const profileId: string = b.profileId ?? '';
	const profile = profileId ? upsertProfile(ctx, profileId, undefined, dry) : null;
	const event = newEvent(ctx, { profileId, type: b.type, attributes: b.attributes ?? {} });
	if (!dry) {
		ctx.state.events.set(event.id, event);
		if (profileId) addToIndex(ctx.state.profileEvents, profileId, event.id);
		ctx.write(`event:${event.id}`, b);
	}
	const want = new Set<string>(ctx.query.silent === 'yes' ? [] : (b.responseContent ?? []));
	const answer = (content: Obj): Obj => {
		const parts: Obj = { customerProfile: profile ? profileView(ctx.state, profile) : undefined, loyalty: emptyLoyalty(), triggeredCampaigns: [], awardedGiveaways: [], ruleFailureReasons: [], ...content };
		const requested = Object.fromEntries([...want].filter((key) => parts[key] !== undefined).map((key) => [key, parts[key]]));
		return { effects: event.effects, createdCoupons: [], createdReferrals: [], ...requested };
	};
	return { event, dry, answer };
}

/** An advanced event as Talon.One shows it: no session, ledger or meta; its own integrationId. */
function advancedView(event: TalonEvent, integrationId: string, connectedSessionId?: string): Obj {
	const { sessionId: _session, ledgerEntries: _ledger, meta: _meta, ...view } = event;
	return { ...view, integrationId, ...(connectedSessionId ? { connectedSessionId } : {}) };
}

export const eventHandlers: Handlers = {
	trackEventV2(ctx) {
		const tracked = trackForProfile(ctx);
		if (ctx.query.silent === 'yes') return { status: 204 };
		return { status: 200, body: tracked.answer({ event: tracked.event }) };
	},

	trackEventV3(ctx) {
		const { integrationId, connectedSessionId } = ctx.body;
		if (ctx.state.advancedEvents.has(integrationId)) {
			return errorResult(409, 'An advanced event with this integrationId already exists', `the event ${integrationId} is already registered`, { pointer: '/integrationId' });
		}
		const connected = connectedSessionId ? ctx.state.sessions.get(connectedSessionId) : undefined;
		if (connectedSessionId && !connected) return sessionNotFound(connectedSessionId);
		if (connected && connected.state !== 'closed') {
			return errorResult(400, 'Invalid connected session', `the session ${connectedSessionId} is not a closed session`, { pointer: '/connectedSessionId' });
		}
		const tracked = trackForProfile(ctx);
		const advancedEvent = advancedView(tracked.event, integrationId, connectedSessionId);
		if (!tracked.dry) ctx.state.advancedEvents.set(integrationId, advancedEvent);
		return { status: 200, body: tracked.answer({ advancedEvent }) };
	},

	getEventV3(ctx) {
		const event = ctx.state.advancedEvents.get(ctx.pathParams.integrationId);
		if (!event) return errorResult(404, 'Event not found', `no event with the ID ${ctx.pathParams.integrationId}`);
		// this answer lists effects grouped in lists
		return { status: 200, body: { ...event, effects: (event.effects as Obj[]).map((effect) => [effect]) } };
	},

	trackEvent(ctx) {
		const dry = ctx.query.dry === true;
		const b = ctx.body;
		const profileId: string = b.profileId || '';
		const profile = profileId ? upsertProfile(ctx, profileId, undefined, dry) : null;
		const event = newEvent(ctx, { profileId, type: b.type, attributes: b.attributes, sessionId: b.sessionId });
		if (!dry) {
			ctx.state.events.set(event.id, event);
			if (profileId) addToIndex(ctx.state.profileEvents, profileId, event.id);
			ctx.write(`event:${event.id}`, b);
		}
		const stored = ctx.state.sessions.get(b.sessionId);
		const session = stored ? sessionV1View(stored, null) : emptyV1Session(ctx, b.sessionId, profileId);
		return { status: 201, body: { session, profile: v1Profile(ctx, profile), event } };
	},
};
