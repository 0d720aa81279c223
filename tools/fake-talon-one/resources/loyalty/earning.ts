/**
 * Demo campaign 3: a closed order over 100 earns one point per whole unit spent in the demo program,
 * through an `addLoyaltyPoints` effect; the points reach the ledger when the session closes.
 */
import type { State } from '../../state';
import type { Campaign } from '../campaign/state';
import { DEMO_PROGRAM_ID } from '../loyaltyProgram/state';
import type { Obj } from '../shared';
import { pointsWindow, record } from './state';

export const CAMPAIGN_LOYALTY_ID = 3;
const EARNING_THRESHOLD = 100;
export const EARNING_NAME = 'Points for order';

export interface EarnedPoints {
	campaign: Campaign;
	programId: number;
	points: number;
	/** The effect's props, as Talon.One sends them. */
	props: Obj;
}

export function earnedPoints(state: State, profileId: string, subtotal: number): EarnedPoints | null {
	const campaign = state.campaigns.get(CAMPAIGN_LOYALTY_ID);
	if (!campaign || campaign.state !== 'enabled' || !profileId || subtotal <= EARNING_THRESHOLD) return null;
	const points = Math.floor(subtotal);
	const props = { name: EARNING_NAME, programId: DEMO_PROGRAM_ID, subLedgerId: '', value: points, recipientIntegrationId: profileId };
	return { campaign, programId: DEMO_PROGRAM_ID, points, props };
}

/** Books the points of a closed session in the ledger. */
export function bookEarnedPoints(state: State, earned: EarnedPoints, profileId: string, sessionId: string, now: string): void {
	const program = state.loyaltyPrograms.get(earned.programId);
	if (!program) return;
	const window = pointsWindow(program, now, {});
	if ('error' in window) return;
	earned.campaign.createdLoyaltyPointsCount += earned.points;
	earned.campaign.createdLoyaltyPointsEffectCount++;
	record(state, now, {
		programId: program.id,
		owner: { profileId },
		type: 'addition',
		amount: earned.points,
		name: EARNING_NAME,
		subledgerId: '',
		source: 'session',
		customerSessionId: sessionId,
		rulesetId: earned.campaign.activeRulesetId,
		ruleName: earned.campaign.ruleName,
		...window,
	});
}

/** Reopening the session takes its points back (Talon.One's `rollbackAddedLoyaltyPoints`). */
export function rollbackEarnedPoints(state: State, earned: EarnedPoints, profileId: string, sessionId: string, now: string): void {
	record(state, now, {
		programId: earned.programId,
		owner: { profileId },
		type: 'subtraction',
		amount: earned.points,
		name: `Rollback: ${EARNING_NAME}`,
		subledgerId: '',
		source: 'session',
		customerSessionId: sessionId,
		startDate: now,
		expiryDate: 'unlimited',
	});
}
