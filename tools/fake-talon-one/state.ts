/** The fake Talon.One's in-memory data: each resource's maps (see resources/<resource>/state.ts), keyed for O(1) hot paths. */
import { createApplicationState } from './resources/application/state';
import { createAttributeState } from './resources/attribute/state';
import { createAchievementState } from './resources/achievement/state';
import { createAudienceState } from './resources/audience/state';
import { createCampaignState } from './resources/campaign/state';
import { createCatalogState } from './resources/catalog/state';
import { createCouponState } from './resources/coupon/state';
import { createReservationState } from './resources/couponReservation/state';
import { createProfileState } from './resources/customerProfile/state';
import { createSessionState } from './resources/customerSession/state';
import { createEventState } from './resources/event/state';
import { createEventTypeState } from './resources/eventType/state';
import { createLoyaltyState } from './resources/loyalty/state';
import { createLoyaltyCardState } from './resources/loyaltyCard/state';
import { createLoyaltyProgramState } from './resources/loyaltyProgram/state';
import { createPricingState } from './resources/pricing/state';
import { createReferralState } from './resources/referral/state';

export function createState(applicationId: number) {
	return {
		applicationId,
		nextId: { profile: 1, session: 1, event: 1, coupon: 1, referral: 1, audience: 1, return: 1, loyaltyTransaction: 1, loyaltyCard: 1 },
		...createApplicationState(),
		...createAttributeState(),
		...createEventTypeState(),
		...createCampaignState(),
		...createCouponState(),
		...createProfileState(),
		...createSessionState(),
		...createEventState(),
		...createReservationState(),
		...createReferralState(),
		...createAudienceState(),
		...createLoyaltyProgramState(),
		...createLoyaltyState(),
		...createLoyaltyCardState(),
		...createAchievementState(),
		...createPricingState(),
		...createCatalogState(),
	};
}

export type State = ReturnType<typeof createState>;
