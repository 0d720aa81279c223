import type { State } from '../../state';
import { ACCOUNT_ID, type Obj } from '../shared';

/** Applications of the account: the credential's own, and a second one (e.g. another shop). */
export const createApplicationState = () => ({ applications: new Map<number, Obj>() });

export function addApplication(state: State, a: { id: number; name: string; currency: string; timezone: string; created: string }): void {
	state.applications.set(a.id, {
		id: a.id,
		created: a.created,
		modified: a.created,
		accountId: ACCOUNT_ID,
		name: a.name,
		description: `Fake application ${a.id}`,
		timezone: a.timezone,
		currency: a.currency,
		caseSensitivity: 'sensitive',
		attributes: {},
		limits: [],
		loyaltyPrograms: [],
	});
}
