/**
 * Data every server starts with: the credential's Application and a second one, campaigns 1 (10%
 * off carts over 50, with a discount budget) and 2 (referrals), an empty catalog 1, coupons WELCOME10, SUMMER-SALE and
 * `A/B?C#D%` (for path-encoding tests), the loyalty programs (resources/loyaltyProgram/state.ts),
 * two event types and custom attributes; with `demo`, campaign 2's referral budget used up, two
 * customers, an audience with one member, a coupon reservation, a referral code, loyalty points and
 * a loyalty card (resources/loyalty/seed.ts).
 */
import { addApplication } from './resources/application/state';
import { defineAttribute } from './resources/attribute/state';
import { progressKey } from './resources/achievement/state';
import { storeAudience, addMember } from './resources/audience/state';
import { CAMPAIGN_DISCOUNT_ID, CAMPAIGN_REFERRAL_ID, makeCampaign } from './resources/campaign/state';
import { addCoupon } from './resources/coupon/state';
import { reserve } from './resources/couponReservation/state';
import { ensureProfile } from './resources/customerProfile/state';
import { defineEventType } from './resources/eventType/state';
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
	state.campaigns.get(CAMPAIGN_DISCOUNT_ID)!.budgets = [{ action: 'setDiscount', limit: 500, counter: 0 }];
	seedAccount(state);
}

/** What the account defines beside campaigns: Applications, loyalty programs, event types, custom attributes. */
function seedAccount(state: State): void {
	const created = SEED_TIME;
	addApplication(state, { id: state.applicationId, name: 'Fake Shop', currency: 'EUR', timezone: 'Europe/Berlin', created });
	addApplication(state, { id: state.applicationId + 1, name: 'Fake Shop Staging', currency: 'EUR', timezone: 'Europe/Berlin', created });
	seedLoyaltyPrograms(state, created);
	defineEventType(state, { name: 'newsletter_signup', title: 'Newsletter Signup', created });
	defineEventType(state, { name: 'product_review', title: 'Product Review', created });
	defineAttribute(state, { entity: 'CustomerProfile', name: 'loyaltyTier', title: 'Loyalty Tier', type: 'string', created });
	defineAttribute(state, { entity: 'CustomerProfile', name: 'birthday', title: 'Birthday', type: 'time', created });
	defineAttribute(state, { entity: 'CustomerSession', name: 'channel', title: 'Sales Channel', type: 'string', created });
	defineAttribute(state, { entity: 'CartItem', name: 'color', title: 'Color', type: 'string', created });
	defineAttribute(state, { entity: 'Event', eventType: 'product_review', name: 'rating', title: 'Rating', type: 'number', created });
}

function seedDemo(state: State): void {
	// A referral budget used up: the "disable a campaign when its budget is spent" example finds it.
	state.campaigns.get(CAMPAIGN_REFERRAL_ID)!.budgets = [{ action: 'createReferral', limit: 100, counter: 100 }];
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
	state.catalogs.set(1, {
		catalog: { id: 1, created: SEED_TIME, accountId: ACCOUNT_ID, modified: SEED_TIME, name: 'Products', description: 'The shop\'s products', subscribedApplicationsIds: [state.applicationId], version: 1, createdBy: 1 },
		items: new Map(),
	});
	if (demo) {
		seedDemo(state);
		seedAchievementsAndPrices(state, 'demo-customer-1');
	}
}

/** Demo achievements (one completed period and one running for demo-customer-1) and a price history of SHOE-42. */
function seedAchievementsAndPrices(state: State, customer: string): void {
	const achievement = (id: number, name: string, title: string, status: 'active' | 'scheduled') =>
		state.achievements.set(id, { id, created: SEED_TIME, name, title, description: `${title} to get a reward`, target: 3, period: '1M', campaignId: CAMPAIGN_DISCOUNT_ID, status });
	achievement(1, 'order_3_times', 'Order 3 times a month', 'active');
	achievement(2, 'review_3_products', 'Review 3 products', 'scheduled');
	state.achievementProgress.set(progressKey(customer, 1), [
		{ status: 'completed', progress: 3, startDate: '2024-01-01T00:00:00Z', completionDate: '2024-01-20T00:00:00Z', endDate: '2024-01-31T23:59:59Z' },
		{ status: 'inprogress', progress: 1, startDate: '2024-02-01T00:00:00Z', endDate: '2024-02-29T23:59:59Z' },
	]);
	const price = (id: number, observedAt: string, value: number, audienceId?: number) =>
		state.priceHistory.push({ id, sku: 'SHOE-42', observedAt, price: value, contextId: '', ...(audienceId ? { audienceId } : {}) });
	price(1, '2024-01-10T00:00:00Z', 39.9);
	price(2, '2024-02-05T00:00:00Z', 59.9);
	price(3, '2024-02-15T00:00:00Z', 49.9);
	price(4, '2024-02-10T00:00:00Z', 45, 1);
}
