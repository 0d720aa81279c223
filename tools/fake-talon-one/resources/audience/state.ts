import type { State } from '../../state';
import { addToIndex, removeFromIndex } from '../shared';

export interface Audience {
	accountId: number;
	id: number;
	created: string;
	name: string;
	integration?: string;
	integrationId?: string;
}

export const createAudienceState = () => ({
	audiences: new Map<number, Audience>(),
	/** Audience id by integrationKey(). */
	audienceByIntegration: new Map<string, number>(),
	/** Profile integrationIds by audience id; an existing audience always has its (possibly empty) set. */
	audienceMembers: new Map<number, Set<string>>(),
	profileAudiences: new Map<string, Set<number>>(),
});

export const integrationKey = (integration: string | undefined, integrationId: string): string => `${integration || ''}\u0000${integrationId}`;

export function storeAudience(state: State, audience: Audience): void {
	state.audiences.set(audience.id, audience);
	state.audienceMembers.set(audience.id, new Set());
	if (audience.integrationId) state.audienceByIntegration.set(integrationKey(audience.integration, audience.integrationId), audience.id);
}

export function addMember(state: State, audienceId: number, profileId: string): void {
	addToIndex(state.audienceMembers, audienceId, profileId);
	addToIndex(state.profileAudiences, profileId, audienceId);
}

export function removeMember(state: State, audienceId: number, profileId: string): void {
	state.audienceMembers.get(audienceId)?.delete(profileId);
	removeFromIndex(state.profileAudiences, profileId, audienceId);
}

export function clearMembers(state: State, audienceId: number): void {
	for (const profileId of [...(state.audienceMembers.get(audienceId) ?? [])]) removeMember(state, audienceId, profileId);
	state.audienceMembers.set(audienceId, new Set());
}
