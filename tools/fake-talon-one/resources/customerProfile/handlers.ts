import { errorResult, type HandlerResult } from '../../core/errors';
import type { HandlerContext, Handlers } from '../../handler';
import { addMember, removeMember } from '../audience/state';
import { emptyV1Session } from '../customerSession/views';
import { newEvent } from '../event/state';
import { emptyLoyalty, pageWithoutTotal, type Obj } from '../shared';
import { profileView, upsertProfile, type StoredProfile } from './state';

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

	getCustomerProfile(ctx) {
		const profile = profileWithId(ctx);
		return profile ? { status: 200, body: profileView(ctx.state, profile) } : customerNotFound(ctx);
	},

	getApplicationCustomer(ctx) {
		if (ctx.pathParams.applicationId !== ctx.state.applicationId) {
			return errorResult(404, 'Application not found', `application ${ctx.pathParams.applicationId} does not exist`, { parameter: 'applicationId' });
		}
		const profile = profileWithId(ctx);
		if (!profile) return customerNotFound(ctx);
		const advocate = [...ctx.state.referrals.values()].find((r) => r.friendProfileIntegrationId === profile.integrationId)?.advocateProfileIntegrationId;
		return { status: 200, body: { ...profileView(ctx.state, profile), ...(advocate ? { advocateIntegrationId: advocate } : {}) } };
	},

	getCustomersByAttributes(ctx) {
		const { attributes, integrationIDs, profileIDs } = ctx.body as { attributes?: Obj; integrationIDs?: string[]; profileIDs?: number[] };
		const found = [...ctx.state.profiles.values()].filter(
			(p) =>
				Object.entries(attributes ?? {}).every(([name, value]) => JSON.stringify(p.attributes[name]) === JSON.stringify(value)) &&
				(integrationIDs === undefined || integrationIDs.includes(p.integrationId)) &&
				(profileIDs === undefined || profileIDs.includes(p.id)),
		);
		return { status: 200, body: pageWithoutTotal(found.map((p) => profileView(ctx.state, p)), ctx.query) };
	},
};

function profileWithId(ctx: HandlerContext): StoredProfile | undefined {
	return [...ctx.state.profiles.values()].find((p) => p.id === ctx.pathParams.customerId);
}

const customerNotFound = (ctx: HandlerContext) =>
	errorResult(404, 'Customer not found', `customer ${ctx.pathParams.customerId} does not exist`, { parameter: 'customerId' });
