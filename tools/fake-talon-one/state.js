// @ts-check
'use strict';
/**
 * In-memory Talon.One state. Everything is keyed by Maps so hot paths stay O(1):
 *
 *   campaigns        Map<campaignId, Campaign>
 *   coupons          Map<couponValue, Coupon>
 *   profiles         Map<integrationId, StoredProfile>   (audienceMemberships computed on output)
 *   sessions         Map<sessionIntegrationId, CustomerSessionV2>
 *   events           Map<eventId, Event>                   (trackEvent events only)
 *   referrals        Map<code, Referral>
 *   audiences        Map<audienceId, Audience>
 *   audienceByIntegration Map<`${integration}\u0000${integrationId}`, audienceId>
 *   audienceMembers  Map<audienceId, Set<profileIntegrationId>>
 *   profileAudiences Map<profileIntegrationId, Set<audienceId>>
 *   reservations     Map<couponValue, Set<profileIntegrationId>>
 *   profileReservations Map<profileIntegrationId, Set<couponValue>>
 *   profileSessions  Map<profileIntegrationId, Set<sessionIntegrationId>>
 *   profileEvents    Map<profileIntegrationId, Set<eventId>>
 *   profileReferrals Map<advocateIntegrationId, Set<code>>
 *   couponRedemptions Map<`${couponValue}\u0000${profileIntegrationId}`, count>
 *   nextId           { profile, session, event, coupon, referral, audience }
 */

const ACCOUNT_ID = 1;
const SEED_TIME = '2024-01-01T00:00:00.000Z';

/** Demo/default catalogue (always seeded). */
const CAMPAIGN_DISCOUNT_ID = 1;
const CAMPAIGN_REFERRAL_ID = 2;
const PATH_TEST_COUPON = 'A/B?C#D%';

/**
 * @typedef {Record<string, any>} Obj
 * @typedef {{
 *   id: number, created: string, integrationId: string, attributes: Obj, accountId: number,
 *   closedSessions: number, totalSales: number, loyaltyMemberships: any[], lastActivity: string
 * }} StoredProfile
 * @typedef {{
 *   applicationId: number,
 *   campaigns: Map<number, Obj>, coupons: Map<string, Obj>, profiles: Map<string, StoredProfile>,
 *   sessions: Map<string, Obj>, events: Map<number, Obj>, referrals: Map<string, Obj>,
 *   audiences: Map<number, Obj>, audienceByIntegration: Map<string, number>,
 *   audienceMembers: Map<number, Set<string>>, profileAudiences: Map<string, Set<number>>,
 *   reservations: Map<string, Set<string>>, profileReservations: Map<string, Set<string>>,
 *   profileSessions: Map<string, Set<string>>, profileEvents: Map<string, Set<number>>,
 *   profileReferrals: Map<string, Set<string>>, couponRedemptions: Map<string, number>,
 *   nextId: { profile: number, session: number, event: number, coupon: number, referral: number, audience: number },
 * }} State
 */

/**
 * @param {number} applicationId
 * @returns {State}
 */
function createState(applicationId) {
  return {
    applicationId,
    campaigns: new Map(),
    coupons: new Map(),
    profiles: new Map(),
    sessions: new Map(),
    events: new Map(),
    referrals: new Map(),
    audiences: new Map(),
    audienceByIntegration: new Map(),
    audienceMembers: new Map(),
    profileAudiences: new Map(),
    reservations: new Map(),
    profileReservations: new Map(),
    profileSessions: new Map(),
    profileEvents: new Map(),
    profileReferrals: new Map(),
    couponRedemptions: new Map(),
    nextId: { profile: 1, session: 1, event: 1, coupon: 1, referral: 1, audience: 1 },
  };
}

/**
 * @template K, V
 * @param {Map<K, Set<V>>} map
 * @param {K} key
 * @param {V} value
 */
function addToIndex(map, key, value) {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(value);
}

/**
 * @template K, V
 * @param {Map<K, Set<V>>} map
 * @param {K} key
 * @param {V} value
 */
function removeFromIndex(map, key, value) {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

/**
 * @param {State} state
 * @param {number} id
 * @param {string} name
 * @param {string[]} features
 * @param {string} ruleName
 */
function makeCampaign(state, id, name, features, ruleName) {
  return {
    id,
    created: SEED_TIME,
    applicationId: state.applicationId,
    userId: 1,
    name,
    description: `Fake campaign ${id}`,
    attributes: {},
    state: 'enabled',
    activeRulesetId: id,
    tags: [],
    features,
    limits: [],
    campaignGroups: [],
    couponRedemptionCount: 0,
    referralRedemptionCount: 0,
    discountCount: 0,
    discountEffectCount: 0,
    couponCreationCount: 0,
    customEffectCount: 0,
    referralCreationCount: 0,
    addFreeItemEffectCount: 0,
    awardedGiveawaysCount: 0,
    createdLoyaltyPointsCount: 0,
    createdLoyaltyPointsEffectCount: 0,
    redeemedLoyaltyPointsCount: 0,
    redeemedLoyaltyPointsEffectCount: 0,
    callApiEffectCount: 0,
    /** fake-only: the single rule's name, used in effects */
    ruleName,
  };
}

/**
 * @param {State} state
 * @param {string} value
 * @param {number} campaignId
 * @param {Obj} [extra]
 */
function addCoupon(state, value, campaignId, extra) {
  const coupon = {
    id: state.nextId.coupon++,
    created: SEED_TIME,
    campaignId,
    value,
    usageLimit: 0,
    usageCounter: 0,
    discountCounter: 0,
    limits: [],
    attributes: {},
    reservation: true,
    ...extra,
  };
  state.coupons.set(value, coupon);
  return coupon;
}

/**
 * Creates (or returns) a stored profile. Does not record a write.
 * @param {State} state
 * @param {string} integrationId
 * @param {string} now ISO timestamp
 * @returns {StoredProfile}
 */
function ensureProfile(state, integrationId, now) {
  let p = state.profiles.get(integrationId);
  if (!p) {
    p = newProfile(state, integrationId, now);
    state.profiles.set(integrationId, p);
  }
  return p;
}

/**
 * @param {State} state
 * @param {string} integrationId
 * @param {string} now
 * @returns {StoredProfile}
 */
function newProfile(state, integrationId, now) {
  return {
    id: state.nextId.profile++,
    created: now,
    integrationId,
    attributes: {},
    accountId: ACCOUNT_ID,
    closedSessions: 0,
    totalSales: 0,
    loyaltyMemberships: [],
    lastActivity: now,
  };
}

/**
 * CustomerProfile as returned by the API.
 * @param {State} state
 * @param {StoredProfile} p
 */
function profileView(state, p) {
  const ids = state.profileAudiences.get(p.integrationId);
  /** @type {Array<{id: number, name: string}>} */
  const audienceMemberships = [];
  if (ids) {
    for (const id of ids) {
      const a = state.audiences.get(id);
      if (a) audienceMemberships.push({ id, name: a.name });
    }
  }
  return { ...p, attributes: { ...p.attributes }, audienceMemberships };
}

/**
 * @param {State} state
 * @param {number} audienceId
 * @param {string} profileId
 */
function addMember(state, audienceId, profileId) {
  addToIndex(state.audienceMembers, audienceId, profileId);
  addToIndex(state.profileAudiences, profileId, audienceId);
}

/**
 * @param {State} state
 * @param {number} audienceId
 * @param {string} profileId
 */
function removeMember(state, audienceId, profileId) {
  const members = state.audienceMembers.get(audienceId);
  if (members) members.delete(profileId); // existing audiences keep their (possibly empty) set
  removeFromIndex(state.profileAudiences, profileId, audienceId);
}

/**
 * @param {State} state
 * @param {string} couponValue
 * @param {string} profileId
 */
function reserve(state, couponValue, profileId) {
  addToIndex(state.reservations, couponValue, profileId);
  addToIndex(state.profileReservations, profileId, couponValue);
}

/**
 * @param {State} state
 * @param {string} couponValue
 * @param {string} profileId
 */
function unreserve(state, couponValue, profileId) {
  removeFromIndex(state.reservations, couponValue, profileId);
  removeFromIndex(state.profileReservations, profileId, couponValue);
}

/**
 * Seeds the always-present catalogue (campaigns 1 and 2; coupons WELCOME10,
 * SUMMER-SALE and `A/B?C#D%`) and, with `demo`, sample profiles, an audience,
 * a membership, a reservation and a referral.
 * @param {State} state
 * @param {boolean} demo
 */
function seed(state, demo) {
  state.campaigns.set(
    CAMPAIGN_DISCOUNT_ID,
    makeCampaign(state, CAMPAIGN_DISCOUNT_ID, '10% off carts over 50', ['coupons'], '10% off carts over 50'),
  );
  state.campaigns.set(
    CAMPAIGN_REFERRAL_ID,
    makeCampaign(state, CAMPAIGN_REFERRAL_ID, 'Refer a friend', ['referrals'], 'Refer a friend'),
  );
  addCoupon(state, 'WELCOME10', CAMPAIGN_DISCOUNT_ID);
  addCoupon(state, 'SUMMER-SALE', CAMPAIGN_DISCOUNT_ID);
  addCoupon(state, PATH_TEST_COUPON, CAMPAIGN_DISCOUNT_ID);
  if (!demo) return;

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
  state.audiences.set(audience.id, audience);
  state.audienceByIntegration.set(`${audience.integration}\u0000${audience.integrationId}`, audience.id);
  state.audienceMembers.set(audience.id, new Set());
  addMember(state, audience.id, p1.integrationId);
  reserve(state, 'WELCOME10', p1.integrationId);
  const referral = {
    id: state.nextId.referral++,
    created: SEED_TIME,
    usageLimit: 0,
    campaignId: CAMPAIGN_REFERRAL_ID,
    advocateProfileIntegrationId: p1.integrationId,
    attributes: {},
    code: 'DEMO-REFERRAL',
    usageCounter: 0,
  };
  state.referrals.set(referral.code, referral);
  addToIndex(state.profileReferrals, p1.integrationId, referral.code);
}

module.exports = {
  ACCOUNT_ID,
  CAMPAIGN_DISCOUNT_ID,
  CAMPAIGN_REFERRAL_ID,
  PATH_TEST_COUPON,
  createState,
  seed,
  addToIndex,
  removeFromIndex,
  ensureProfile,
  newProfile,
  profileView,
  addMember,
  removeMember,
  reserve,
  unreserve,
  addCoupon,
};
