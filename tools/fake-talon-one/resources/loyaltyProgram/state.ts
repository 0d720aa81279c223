import type { State } from '../../state';
import { ACCOUNT_ID, type Obj } from '../shared';

export interface Tier {
	id: number;
	name: string;
	minPoints: number;
}

export interface LoyaltyProgram {
	id: number;
	created: string;
	name: string;
	title: string;
	description: string;
	/** How long added points stay valid unless the request says otherwise ('unlimited' or a duration like 12M). */
	defaultValidity: string;
	/** How long added points stay pending ('immediate', 'on_action' or a duration). */
	defaultPending: string;
	allowSubledger: boolean;
	cardBased: boolean;
	usersPerCardLimit?: number;
	tiers: Tier[];
}

/** The demo programs: customer points with tiers and subledgers, and a card-based program. */
export const DEMO_PROGRAM_ID = 1;
export const DEMO_CARD_PROGRAM_ID = 2;

export const createLoyaltyProgramState = () => ({ loyaltyPrograms: new Map<number, LoyaltyProgram>() });

export function seedLoyaltyPrograms(state: State, created: string): void {
	state.loyaltyPrograms.set(DEMO_PROGRAM_ID, {
		id: DEMO_PROGRAM_ID,
		created,
		name: 'demo_rewards',
		title: 'Demo Rewards',
		description: 'Customer points with Bronze, Silver and Gold tiers',
		defaultValidity: 'unlimited',
		defaultPending: 'immediate',
		allowSubledger: true,
		cardBased: false,
		tiers: [
			{ id: 1, name: 'Bronze', minPoints: 0 },
			{ id: 2, name: 'Silver', minPoints: 200 },
			{ id: 3, name: 'Gold', minPoints: 500 },
		],
	});
	state.loyaltyPrograms.set(DEMO_CARD_PROGRAM_ID, {
		id: DEMO_CARD_PROGRAM_ID,
		created,
		name: 'demo_cards',
		title: 'Demo Loyalty Cards',
		description: 'Points on physical loyalty cards',
		defaultValidity: '12M',
		defaultPending: 'immediate',
		allowSubledger: true,
		cardBased: true,
		usersPerCardLimit: 2,
		tiers: [],
	});
}

/** The highest tier the active points reach, and the next one. */
export function tierFor(program: LoyaltyProgram, activePoints: number): { current?: Tier; next?: Tier } {
	const reached = program.tiers.filter((t) => activePoints >= t.minPoints);
	const current = reached[reached.length - 1];
	const next = program.tiers.find((t) => t.minPoints > activePoints);
	return { current, next };
}

/** LoyaltyProgram as the Management API returns it. */
export function programView(state: State, p: LoyaltyProgram): Obj {
	return {
		id: p.id,
		created: p.created,
		title: p.title,
		description: p.description,
		subscribedApplications: [state.applicationId],
		defaultValidity: p.defaultValidity,
		defaultPending: p.defaultPending,
		allowSubledger: p.allowSubledger,
		...(p.usersPerCardLimit !== undefined ? { usersPerCardLimit: p.usersPerCardLimit } : {}),
		sandbox: true,
		programJoinPolicy: 'not_join',
		tiersDowngradePolicy: 'balance_based',
		accountID: ACCOUNT_ID,
		name: p.name,
		tiers: p.tiers.map((t) => ({ id: t.id, created: p.created, programID: p.id, programName: p.name, programTitle: p.title, name: t.name, minPoints: t.minPoints })),
		timezone: 'UTC',
		cardBased: p.cardBased,
	};
}
