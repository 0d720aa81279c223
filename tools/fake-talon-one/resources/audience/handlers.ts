import { errorResult, type HandlerResult } from '../../core/errors';
import type { HandlerContext, Handlers } from '../../handler';
import { ensureProfile, profileView } from '../customerProfile/state';
import { ACCOUNT_ID, pageWithoutTotal, type Obj } from '../shared';
import { addMember, clearMembers, integrationKey, removeMember, storeAudience, type Audience } from './state';

function audienceOr404(ctx: HandlerContext): { audience: Audience; error?: undefined } | { error: HandlerResult } {
	const id = ctx.pathParams.audienceId;
	const audience = ctx.state.audiences.get(id);
	if (!audience) return { error: errorResult(404, 'Audience not found', `audience ${id} does not exist`, { parameter: 'audienceId' }) };
	return { audience };
}

export const audienceHandlers: Handlers = {
	getAudiences(ctx) {
		const page = pageWithoutTotal([...ctx.state.audiences.values()], ctx.query);
		return { status: 200, body: ctx.query.withTotalResultSize ? { ...page, totalResultSize: ctx.state.audiences.size } : page };
	},

	createAudienceV2(ctx) {
		const b = ctx.body;
		if (b.integrationId && ctx.state.audienceByIntegration.has(integrationKey(b.integration, b.integrationId))) {
			const details = 'an audience with this integrationId already exists for this integration';
			return errorResult(409, 'Audience already exists', details, { pointer: '/integrationId' });
		}
		const audience: Audience = { accountId: ACCOUNT_ID, id: ctx.state.nextId.audience++, created: ctx.now, name: b.name };
		if (b.integration !== undefined) audience.integration = b.integration;
		if (b.integrationId !== undefined) audience.integrationId = b.integrationId;
		storeAudience(ctx.state, audience);
		ctx.write(`audience:${audience.id}`, b);
		return { status: 201, body: { ...audience } };
	},

	updateAudienceV2(ctx) {
		const r = audienceOr404(ctx);
		if (r.error) return r.error;
		r.audience.name = ctx.body.name;
		ctx.write(`audience:${r.audience.id}`, ctx.body);
		return { status: 200, body: { ...r.audience } };
	},

	deleteAudienceV2(ctx) {
		const r = audienceOr404(ctx);
		if (r.error) return r.error;
		const a = r.audience;
		clearMembers(ctx.state, a.id);
		ctx.state.audienceMembers.delete(a.id);
		ctx.state.audiences.delete(a.id);
		if (a.integrationId) ctx.state.audienceByIntegration.delete(integrationKey(a.integration, a.integrationId));
		ctx.write(`audience:${a.id}`, undefined);
		return { status: 204 };
	},

	deleteAudienceMembershipsV2(ctx) {
		const r = audienceOr404(ctx);
		if (r.error) return r.error;
		clearMembers(ctx.state, r.audience.id);
		ctx.write(`audience:${r.audience.id}`, undefined);
		return { status: 204 };
	},

	updateAudienceCustomersAttributes(ctx) {
		const r = audienceOr404(ctx);
		if (r.error) return r.error;
		for (const pid of ctx.state.audienceMembers.get(r.audience.id) ?? []) {
			const p = ctx.state.profiles.get(pid);
			if (p) p.attributes = { ...p.attributes, ...ctx.body };
		}
		ctx.write(`audience:${r.audience.id}`, ctx.body);
		return { status: 204 };
	},

	updateCustomerProfileAudiences(ctx) {
		const data: Obj[] = ctx.body.data || [];
		const missing = data.findIndex((item) => !ctx.state.audiences.has(item.audienceId));
		if (missing >= 0) {
			const details = `audience ${data[missing].audienceId} does not exist`;
			return errorResult(404, 'Audience not found', details, { pointer: `/data/${missing}/audienceId` });
		}
		for (const item of data) {
			if (item.action === 'add') {
				ensureProfile(ctx.state, item.profileIntegrationId, ctx.now);
				addMember(ctx.state, item.audienceId, item.profileIntegrationId);
			} else {
				removeMember(ctx.state, item.audienceId, item.profileIntegrationId);
			}
			ctx.write(`profile:${item.profileIntegrationId}`, item);
		}
		return { status: 204 };
	},

	getAudienceMemberships(ctx) {
		const r = audienceOr404(ctx);
		if (r.error) return r.error;
		const members = [...(ctx.state.audienceMembers.get(r.audience.id) ?? [])]
			.flatMap((id) => {
				const profile = ctx.state.profiles.get(id);
				return profile ? [profileView(ctx.state, profile)] : [];
			})
			.sort((a, b) => a.id - b.id);
		return { status: 200, body: pageWithoutTotal(members, ctx.query) };
	},
};
