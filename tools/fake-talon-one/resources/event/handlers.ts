import type { Handlers } from '../../handler';
import { upsertProfile } from '../customerProfile/state';
import { emptyV1Session, sessionV1View, v1Profile } from '../customerSession/views';
import { addToIndex } from '../shared';
import { newEvent } from './state';

export const eventHandlers: Handlers = {
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
