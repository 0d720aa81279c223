import type { State } from '../../state';
import { ACCOUNT_ID, type Obj } from '../shared';

/** The account's loyalty programs (their definitions; balances live with the profiles). */
export const createLoyaltyProgramState = () => ({ loyaltyPrograms: new Map<number, Obj>() });

export function defineLoyaltyProgram(state: State, p: { id: number; name: string; title: string; cardBased: boolean; created: string }): void {
	state.loyaltyPrograms.set(p.id, {
		id: p.id,
		created: p.created,
		name: p.name,
		title: p.title,
		description: `${p.title} (fake)`,
		accountID: ACCOUNT_ID,
		defaultValidity: 'unlimited',
		defaultPending: 'immediate',
		subscribedApplications: [state.applicationId],
		allowSubledger: false,
		timezone: 'Europe/Berlin',
		cardBased: p.cardBased,
		sandbox: false,
	});
}
