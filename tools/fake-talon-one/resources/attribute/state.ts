import type { State } from '../../state';
import { ACCOUNT_ID, type Obj } from '../shared';

/** The account's custom attributes, as the Campaign Manager defines them. */
export const createAttributeState = () => ({ attributes: [] as Obj[] });

export function defineAttribute(state: State, a: { entity: string; name: string; title: string; type: string; created: string; eventType?: string }): void {
	state.attributes.push({
		id: state.attributes.length + 1,
		created: a.created,
		accountId: ACCOUNT_ID,
		entity: a.entity,
		...(a.eventType ? { eventType: a.eventType } : {}),
		name: a.name,
		title: a.title,
		type: a.type,
		description: `${a.title} (fake)`,
		suggestions: [],
		editable: true,
		subscribedApplicationsIds: [state.applicationId],
	});
}
