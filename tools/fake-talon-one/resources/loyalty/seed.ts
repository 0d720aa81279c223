/**
 * Demo loyalty data: demo-customer-1 holds 120 active points (Bronze, 80 to Silver), 40 points
 * waiting for activation from order demo-order-1 and 80 points in the partner-cafe subledger;
 * card DEMO-CARD-0001 (linked to demo-customer-1) holds 50 active and 25 expired points.
 */
import type { State } from '../../state';
import { CAMPAIGN_LOYALTY_ID } from './earning';
import { makeCampaign } from '../campaign/state';
import { storeCard } from '../loyaltyCard/state';
import { DEMO_CARD_PROGRAM_ID, DEMO_PROGRAM_ID } from '../loyaltyProgram/state';
import { record, type NewPoints } from './state';

export const DEMO_CARD = 'DEMO-CARD-0001';

export function seedLoyaltyDemo(state: State, created: string): void {
	const { applicationId } = state;
	state.campaigns.set(CAMPAIGN_LOYALTY_ID, makeCampaign({ id: CAMPAIGN_LOYALTY_ID, applicationId, name: 'Points on orders over 100', features: ['loyalty'], created }));
	const customer = { programId: DEMO_PROGRAM_ID, owner: { profileId: 'demo-customer-1' }, subledgerId: '', source: 'manual' as const, startDate: created, expiryDate: 'unlimited' };
	const entries: NewPoints[] = [
		{ ...customer, type: 'addition', amount: 150, name: 'Welcome bonus' },
		{ ...customer, type: 'subtraction', amount: 30, name: 'Reward: free shipping' },
		{ ...customer, type: 'addition', amount: 40, name: 'Points for order', source: 'session', customerSessionId: 'demo-order-1', startDate: 'on_action' },
		{ ...customer, type: 'addition', amount: 80, name: 'Coffee partner points', subledgerId: 'partner-cafe' },
	];
	storeCard(state, { created, programId: DEMO_CARD_PROGRAM_ID, identifier: DEMO_CARD, status: 'active', profiles: [{ integrationId: 'demo-customer-1', timestamp: created }], modified: created });
	const card = { programId: DEMO_CARD_PROGRAM_ID, owner: { cardIdentifier: DEMO_CARD }, subledgerId: '', source: 'manual' as const, startDate: created, type: 'addition' as const };
	entries.push({ ...card, amount: 50, name: 'Welcome bonus', expiryDate: 'unlimited' }, { ...card, amount: 25, name: 'Summer bonus', expiryDate: '2024-09-30T23:59:59.000Z' });
	for (const entry of entries) record(state, created, entry);
}
