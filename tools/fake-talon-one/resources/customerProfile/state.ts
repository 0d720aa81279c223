import type { HandlerContext } from '../../handler';
import type { State } from '../../state';
import { ACCOUNT_ID, type Obj } from '../shared';

export interface StoredProfile {
	id: number;
	created: string;
	integrationId: string;
	attributes: Obj;
	accountId: number;
	closedSessions: number;
	totalSales: number;
	loyaltyMemberships: unknown[];
	lastActivity: string;
}

/** Keyed by integrationId; audience memberships are computed on output. */
export const createProfileState = () => ({ profiles: new Map<string, StoredProfile>() });

export function newProfile(state: State, integrationId: string, now: string): StoredProfile {
	return {
		id: state.nextId.profile++,
		created: now,
		integrationId,
		attributes: {},
		accountId: ACCOUNT_ID,
		closedSessions: 0,
		totalSales: 0,
		loyaltyMemberships: [],
		lastActivity: now,
	};
}

/** The stored profile, created when missing. Does not record a write. */
export function ensureProfile(state: State, integrationId: string, now: string): StoredProfile {
	let p = state.profiles.get(integrationId);
	if (!p) {
		p = newProfile(state, integrationId, now);
		state.profiles.set(integrationId, p);
	}
	return p;
}

/** Merges attributes into the profile (a copy on a dry run) and marks it active now. */
export function upsertProfile(ctx: HandlerContext, integrationId: string, attributes: Obj | undefined, dry: boolean): StoredProfile {
	const { state, now } = ctx;
	const stored = state.profiles.get(integrationId);
	const profile = dry ? { ...(stored || newProfile(state, integrationId, now)) } : stored || ensureProfile(state, integrationId, now);
	if (attributes) profile.attributes = { ...profile.attributes, ...attributes };
	profile.lastActivity = now;
	return profile;
}

/** CustomerProfile as the API returns it. */
export function profileView(state: State, p: StoredProfile) {
	const audienceMemberships: Array<{ id: number; name: string }> = [];
	for (const id of state.profileAudiences.get(p.integrationId) ?? []) {
		const a = state.audiences.get(id);
		if (a) audienceMemberships.push({ id, name: a.name });
	}
	return { ...p, attributes: { ...p.attributes }, audienceMemberships };
}
