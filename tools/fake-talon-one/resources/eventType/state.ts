import type { State } from '../../state';
import type { Obj } from '../shared';

/** The account's custom event types; `applicationIds` are the Applications that use each. */
export const createEventTypeState = () => ({ eventTypes: [] as Array<Obj & { applicationIds: number[] }> });

export function defineEventType(state: State, e: { name: string; title: string; created: string }): void {
	state.eventTypes.push({ id: state.eventTypes.length + 1, created: e.created, name: e.name, title: e.title, description: `${e.title} (fake)`, applicationIds: [state.applicationId] });
}
