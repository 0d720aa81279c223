import { errorResult, type HandlerResult } from '../../core/errors';
import type { HandlerContext, Handlers } from '../../handler';
import { addMember, removeMember } from '../audience/state';
import { emptyV1Session } from '../customerSession/views';
import { newEvent } from '../event/state';
import { emptyLoyalty, type Obj } from '../shared';
import { profileView, upsertProfile } from './state';

const MAX_BULK_PROFILES = 1000;

/** A 404 for the first audience id that does not exist. */
function requireAudiences(ctx: HandlerContext, ids: number[], pointer: string): HandlerResult | null {
	const i = ids.findIndex((id) => !ctx.state.audiences.has(id));
	return i < 0 ? null : errorResult(404, 'Audience not found', `audience ${ids[i]} does not exist`, { pointer: `${pointer}/${i}` });
}

const profileEvent = (ctx: HandlerContext, profileId: string) => newEvent(ctx, { profileId, type: 'talon_profile_updated', attributes: {} });

const integrationState = (ctx: HandlerContext, profile: Parameters<typeof profileView>[1]): Obj => ({
	customerProfile: profileView(ctx.state, profile),
	effects: [],
	createdCoupons: [],
	createdReferrals: [],
});

/** What `responseContent` and `runRuleEngine` add to the answer. */
function extras(ctx: HandlerContext, id: string, runRuleEngine: boolean): Obj {
	const want = new Set(ctx.body.responseContent || []);
	const out: Obj = {};
	if (runRuleEngine) {
		out.event = profileEvent(ctx, id);
		for (const empty of ['triggeredCampaigns', 'ruleFailureReasons', 'awardedGiveaways']) if (want.has(empty)) out[empty] = [];
	}
	if (want.has('loyalty')) out.loyalty = emptyLoyalty();
	return out;
}

export const customerProfileHandlers: Handlers = {
	updateCustomerProfileV2(ctx) {
		const id = ctx.pathParams.integrationId;
		const dry = ctx.query.dry === true;
		const changes = ctx.body.audiencesChanges;
		if (changes) {
			const err = requireAudiences(ctx, changes.adds, '/audiencesChanges/adds') || requireAudiences(ctx, changes.deletes, '/audiencesChanges/deletes');
			if (err) return err;
		}
		const profile = upsertProfile(ctx, id, ctx.body.attributes, dry);
		if (!dry) {
			if (changes) {
				for (const a of changes.adds) addMember(ctx.state, a, id);
				for (const a of changes.deletes) removeMember(ctx.state, a, id);
			}
			ctx.write(`profile:${id}`, ctx.body);
		}
		return { status: 200, body: { ...integrationState(ctx, profile), ...extras(ctx, id, ctx.query.runRuleEngine === true) } };
	},

	updateCustomerProfilesV2(ctx) {
		const items: Obj[] = ctx.body.customerProfiles || [];
		if (items.length > MAX_BULK_PROFILES) {
			const details = `at most ${MAX_BULK_PROFILES} customer profiles per request, got ${items.length}`;
			return errorResult(400, 'Too many customer profiles', details, { pointer: '/customerProfiles' });
		}
		const integrationStates: Obj[] = [];
		for (const item of items) {
			const profile = upsertProfile(ctx, item.integrationId, item.attributes, false);
			ctx.write(`profile:${item.integrationId}`, item);
			if (ctx.query.silent === 'no') integrationStates.push(integrationState(ctx, profile));
		}
		return ctx.query.silent === 'no' ? { status: 200, body: { integrationStates } } : { status: 204 };
	},

	updateCustomerProfile(ctx) {
		const id = ctx.pathParams.integrationId;
		const dry = ctx.query.dry === true;
		const profile = upsertProfile(ctx, id, ctx.body.attributes, dry);
		if (!dry) ctx.write(`profile:${id}`, ctx.body);
		const event = profileEvent(ctx, id);
		return { status: 200, body: { session: emptyV1Session(ctx, '', id), profile: profileView(ctx.state, profile), event } };
	},
};
