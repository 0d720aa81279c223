/**
 * Data every server starts with: campaigns 1 (10% off carts over 50) and 2 (referrals), coupons
 * WELCOME10, SUMMER-SALE and `A/B?C#D%` (for path-encoding tests); with `demo`, two customers, an
 * audience with one member, a coupon reservation, a referral code, loyalty points and a loyalty card
 * (resources/loyalty/seed.ts). The loyalty programs (resources/loyaltyProgram/state.ts) are always there.
 */
import { storeAudience, addMember } from './resources/audience/state';
import { CAMPAIGN_DISCOUNT_ID, CAMPAIGN_REFERRAL_ID, makeCampaign } from './resources/campaign/state';
import { addCoupon } from './resources/coupon/state';
import { reserve } from './resources/couponReservation/state';
import { ensureProfile } from './resources/customerProfile/state';
import { seedLoyaltyDemo } from './resources/loyalty/seed';
import { seedLoyaltyPrograms } from './resources/loyaltyProgram/state';
import { storeReferral } from './resources/referral/state';
import { ACCOUNT_ID } from './resources/shared';
import type { State } from './state';

const SEED_TIME = '2024-01-01T00:00:00.000Z';
const PATH_TEST_COUPON = 'A/B?C#D%';

function seedCatalogue(state: State): void {
	const { applicationId } = state;
	const created = SEED_TIME;
	state.campaigns.set(CAMPAIGN_DISCOUNT_ID, makeCampaign({ id: CAMPAIGN_DISCOUNT_ID, applicationId, name: '10% off carts over 50', features: ['coupons'], created }));
	state.campaigns.set(CAMPAIGN_REFERRAL_ID, makeCampaign({ id: CAMPAIGN_REFERRAL_ID, applicationId, name: 'Refer a friend', features: ['referrals'], created }));
	for (const value of ['WELCOME10', 'SUMMER-SALE', PATH_TEST_COUPON]) addCoupon(state, value, CAMPAIGN_DISCOUNT_ID, created);
	seedLoyaltyPrograms(state, created);
}

function seedDemo(state: State): void {
	const p1 = ensureProfile(state, 'demo-customer-1', SEED_TIME);
	p1.attributes = { Name: 'Ada Lovelace', Email: 'ada@example.com' };
	const p2 = ensureProfile(state, 'demo-customer-2', SEED_TIME);
	p2.attributes = { Name: 'Alan Turing', Email: 'alan@example.com' };
	const audience = {
		accountId: ACCOUNT_ID,
		id: state.nextId.audience++,
		created: SEED_TIME,
		name: 'Newsletter subscribers',
		integration: 'mparticle',
		integrationId: 'mparticle-newsletter',
	};
	storeAudience(state, audience);
	addMember(state, audience.id, p1.integrationId);
	reserve(state, 'WELCOME10', p1.integrationId);
	storeReferral(state, {
		id: state.nextId.referral++,
		created: SEED_TIME,
		usageLimit: 0,
		campaignId: CAMPAIGN_REFERRAL_ID,
		advocateProfileIntegrationId: p1.integrationId,
		attributes: {},
		code: 'DEMO-REFERRAL',
		usageCounter: 0,
	});
	seedLoyaltyDemo(state, SEED_TIME);
}

export function seed(state: State, demo: boolean): void {
	seedCatalogue(state);
	if (demo) seedDemo(state);
}
