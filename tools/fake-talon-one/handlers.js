// @ts-check
'use strict';
/**
 * Behaviour of the 19 Integration API operations against the in-memory state.
 * Handlers are synchronous; they receive validated, typed input and return a
 * HandlerResult. Every applied state change is reported through ctx.write().
 */

const { errorResult } = require('./errors');
const S = require('./state');

/**
 * @typedef {import('./state').State} State
 * @typedef {import('./state').StoredProfile} StoredProfile
 * @typedef {import('./errors').HandlerResult} HandlerResult
 * @typedef {Record<string, any>} Obj
 * @typedef {{
 *   state: State,
 *   operationId: string,
 *   pathParams: Record<string, any>,
 *   query: Record<string, any>,
 *   body: any,
 *   now: string,
 *   write: (entityKey: string, body: unknown) => void,
 *   random: () => number,
 * }} Ctx
 */

const DISCOUNT_THRESHOLD = 50;
const DISCOUNT_RATE = 0.1;
const CODE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** @param {number} n */
const round2 = (n) => Math.round(n * 100) / 100;

/** @param {Obj} campaign */
function campaignView(campaign) {
  const { ruleName, ...rest } = campaign;
  return { ...rest };
}

/**
 * @param {Obj} c stored coupon
 */
function couponView(c) {
  return { ...c, attributes: { ...c.attributes } };
}

/** @param {Obj} r stored referral */
function referralView(r) {
  return { ...r, attributes: { ...r.attributes } };
}

/** @param {Obj} r stored referral */
function inventoryReferral(r) {
  return { ...referralView(r), referredCustomers: r.friendProfileIntegrationId ? [r.friendProfileIntegrationId] : [] };
}

/** An empty Loyalty object. */
const emptyLoyalty = () => ({ programs: {} });

// ---------------------------------------------------------------------------
// rule engine (one discount rule + coupon / referral validation)

/**
 * @param {State} state
 * @param {string} code
 * @param {string} profileId
 * @param {number} nowMs
 * @returns {{ ok: true, coupon: Obj, campaign: Obj } | { ok: false, reason: string, coupon?: Obj, campaign?: Obj }}
 */
function checkCoupon(state, code, profileId, nowMs) {
  const coupon = state.coupons.get(code);
  if (!coupon) return { ok: false, reason: 'CouponNotFound' };
  const campaign = state.campaigns.get(coupon.campaignId);
  if (!campaign || campaign.state !== 'enabled') return { ok: false, reason: 'CouponPartOfNotRunningCampaign', coupon, campaign };
  if (coupon.expiryDate && Date.parse(coupon.expiryDate) < nowMs) return { ok: false, reason: 'CouponExpired', coupon, campaign };
  if (coupon.startDate && Date.parse(coupon.startDate) > nowMs) return { ok: false, reason: 'CouponStartDateInFuture', coupon, campaign };
  if (coupon.usageLimit > 0 && coupon.usageCounter >= coupon.usageLimit) return { ok: false, reason: 'CouponLimitReached', coupon, campaign };
  if (coupon.recipientIntegrationId && coupon.recipientIntegrationId !== profileId) {
    return { ok: false, reason: 'CouponRecipientDoesNotMatch', coupon, campaign };
  }
  return { ok: true, coupon, campaign };
}

/**
 * @param {State} state
 * @param {string} code
 * @param {string} profileId
 * @param {number} nowMs
 * @returns {{ ok: true, referral: Obj, campaign: Obj } | { ok: false, reason: string, referral?: Obj, campaign?: Obj }}
 */
function checkReferral(state, code, profileId, nowMs) {
  const referral = state.referrals.get(code);
  if (!referral) return { ok: false, reason: 'ReferralNotFound' };
  const campaign = state.campaigns.get(referral.campaignId);
  if (!campaign || campaign.state !== 'enabled') return { ok: false, reason: 'ReferralPartOfNotRunningCampaign', referral, campaign };
  if (profileId && referral.advocateProfileIntegrationId === profileId) {
    return { ok: false, reason: 'ReferralRecipientIdSameAsAdvocate', referral, campaign };
  }
  if (referral.friendProfileIntegrationId && profileId && referral.friendProfileIntegrationId !== profileId) {
    return { ok: false, reason: 'ReferralRecipientDoesNotMatch', referral, campaign };
  }
  if (referral.expiryDate && Date.parse(referral.expiryDate) < nowMs) return { ok: false, reason: 'ReferralExpired', referral, campaign };
  if (referral.startDate && Date.parse(referral.startDate) > nowMs) return { ok: false, reason: 'ReferralStartDateInFuture', referral, campaign };
  if (referral.usageLimit > 0 && referral.usageCounter >= referral.usageLimit) return { ok: false, reason: 'ReferralLimitReached', referral, campaign };
  return { ok: true, referral, campaign };
}

/**
 * @typedef {{
 *   effects: Obj[], acceptedCoupons: Obj[], acceptedReferral: Obj | null,
 *   triggeredCampaigns: Map<number, Obj>, discounts: Record<string, number>,
 *   couponRejectionReason?: Obj, referralRejectionReason?: Obj,
 * }} Evaluation
 */

/**
 * One effect of `campaign`, or of no campaign (id 0) for a code that matches none.
 * @param {Obj | undefined | null} campaign
 * @param {string} effectType
 * @param {Obj} props
 * @param {Obj} [extra]
 */
function effect(campaign, effectType, props, extra = {}) {
  return {
    campaignId: campaign ? campaign.id : 0,
    rulesetId: campaign ? campaign.activeRulesetId : 0,
    ruleIndex: 0,
    ruleName: campaign ? campaign.ruleName : '',
    effectType,
    ...extra,
    props,
  };
}

/**
 * @param {State} state
 * @param {{ profileId: string, couponCodes: string[], referralCode: string, cartItems: Obj[] }} session
 * @param {number} nowMs
 * @returns {Evaluation}
 */
function evaluate(state, session, nowMs) {
  /** @type {Evaluation} */
  const ev = { effects: [], acceptedCoupons: [], acceptedReferral: null, triggeredCampaigns: new Map(), discounts: {} };
  for (const code of session.couponCodes) {
    const r = checkCoupon(state, code, session.profileId, nowMs);
    if (r.ok) {
      ev.acceptedCoupons.push(r.coupon);
      ev.triggeredCampaigns.set(r.campaign.id, r.campaign);
      ev.effects.push(effect(r.campaign, 'acceptCoupon', { value: code }, { triggeredByCoupon: r.coupon.id }));
    } else {
      const campaignId = r.campaign ? r.campaign.id : 0;
      ev.couponRejectionReason = { campaignId, couponId: r.coupon ? r.coupon.id : 0, reason: r.reason };
      ev.effects.push(effect(r.campaign, 'rejectCoupon', { value: code, rejectionReason: r.reason }));
    }
  }
  if (session.referralCode) {
    const code = session.referralCode;
    const r = checkReferral(state, code, session.profileId, nowMs);
    if (r.ok) {
      ev.acceptedReferral = r.referral;
      ev.triggeredCampaigns.set(r.campaign.id, r.campaign);
      ev.effects.push(effect(r.campaign, 'acceptReferral', { value: code }));
    } else {
      const campaignId = r.campaign ? r.campaign.id : 0;
      ev.referralRejectionReason = { campaignId, referralId: r.referral ? r.referral.id : 0, reason: r.reason };
      ev.effects.push(effect(r.campaign, 'rejectReferral', { value: code, rejectionReason: r.reason }));
    }
  }
  const subtotal = cartSubtotal(session.cartItems);
  const discountCampaign = state.campaigns.get(S.CAMPAIGN_DISCOUNT_ID);
  if (discountCampaign && discountCampaign.state === 'enabled' && subtotal > DISCOUNT_THRESHOLD) {
    const value = round2(subtotal * DISCOUNT_RATE);
    ev.triggeredCampaigns.set(discountCampaign.id, discountCampaign);
    ev.discounts['10% off'] = value;
    ev.effects.push(effect(discountCampaign, 'setDiscount', { name: '10% off', value }));
  }
  return ev;
}

/** @param {Obj[]} cartItems */
function cartSubtotal(cartItems) {
  let sum = 0;
  for (const item of cartItems) sum += Number(item.price) * Number(item.quantity);
  return round2(sum);
}

/** @param {Record<string, {price: number}> | undefined} costs */
function additionalCostTotal(costs) {
  let sum = 0;
  if (costs) for (const k of Object.keys(costs)) sum += Number(costs[k].price);
  return round2(sum);
}

// ---------------------------------------------------------------------------
// sessions

const SESSION_STATES_FROM = /** @type {Record<string, string[]>} */ ({
  open: ['open', 'closed', 'cancelled'],
  closed: ['closed', 'cancelled', 'partially_returned'],
  partially_returned: ['partially_returned', 'cancelled'],
  cancelled: ['cancelled'],
});

/**
 * Shared V1/V2 session update.
 * @param {Ctx} ctx
 * @param {string} sessionId
 * @param {{ profileId?: string, couponCodes?: string[], referralCode?: string, loyaltyCards?: string[], state?: string,
 *   cartItems?: Obj[], additionalCosts?: Obj, identifiers?: string[], attributes?: Obj, total?: number }} input
 * @param {boolean} dry
 * @returns {{ error: HandlerResult } | { session: Obj, evaluation: Evaluation, profile: StoredProfile | null, event: Obj }}
 */
function upsertSession(ctx, sessionId, input, dry) {
  const { state, now } = ctx;
  const nowMs = Date.parse(now);
  const existing = state.sessions.get(sessionId);
  const prevState = existing ? existing.state : null;
  const nextState = input.state || (existing ? existing.state : 'open');
  if (prevState && !(SESSION_STATES_FROM[prevState] || []).includes(nextState)) {
    return {
      error: errorResult(400, 'Invalid session state transition', `cannot change session state from ${prevState} to ${nextState}`, {
        pointer: '/customerSession/state',
      }),
    };
  }
  const profileId = input.profileId !== undefined ? input.profileId : existing ? existing.profileId : '';
  const cartItems = input.cartItems || (existing ? existing.cartItems : []);
  const additionalCosts = input.additionalCosts || (existing ? existing.additionalCosts : undefined);
  const cartItemTotal = cartSubtotal(cartItems);
  const costTotal = additionalCostTotal(additionalCosts);
  const hadSessions = profileId ? (state.profileSessions.get(profileId) || new Set()).size > 0 : false;
  /** @type {Obj} */
  const session = {
    id: existing ? existing.id : dry ? 0 : state.nextId.session++,
    created: existing ? existing.created : now,
    integrationId: sessionId,
    applicationId: state.applicationId,
    profileId,
    couponCodes: input.couponCodes || (existing ? existing.couponCodes : []),
    referralCode: input.referralCode !== undefined ? input.referralCode : existing ? existing.referralCode : '',
    loyaltyCards: input.loyaltyCards || (existing ? existing.loyaltyCards : []),
    state: nextState,
    cartItems,
    identifiers: input.identifiers || (existing ? existing.identifiers : []),
    attributes: { ...(existing ? existing.attributes : {}), ...(input.attributes || {}) },
    firstSession: existing ? existing.firstSession : !hadSessions,
    total: input.total !== undefined ? input.total : round2(cartItemTotal + costTotal),
    cartItemTotal,
    additionalCostTotal: costTotal,
    updated: now,
  };
  if (additionalCosts) session.additionalCosts = additionalCosts;
  const evaluation = evaluate(
    state,
    { profileId, couponCodes: session.couponCodes, referralCode: session.referralCode, cartItems },
    nowMs,
  );
  const closing = nextState === 'closed' && prevState !== 'closed';

  /** @type {StoredProfile | null} */
  let profile = null;
  if (profileId) {
    const stored = state.profiles.get(profileId);
    profile = dry ? { ...(stored || S.newProfile(state, profileId, now)) } : S.ensureProfile(state, profileId, now);
    profile.lastActivity = now;
  }
  if (!dry) {
    state.sessions.set(sessionId, session);
    if (existing && existing.profileId && existing.profileId !== profileId) {
      S.removeFromIndex(state.profileSessions, existing.profileId, sessionId);
    }
    if (profileId) S.addToIndex(state.profileSessions, profileId, sessionId);
    if (closing) {
      for (const c of evaluation.acceptedCoupons) {
        c.usageCounter++;
        const key = `${c.value}\u0000${profileId}`;
        state.couponRedemptions.set(key, (state.couponRedemptions.get(key) || 0) + 1);
        const campaign = state.campaigns.get(c.campaignId);
        if (campaign) campaign.couponRedemptionCount++;
      }
      if (evaluation.acceptedReferral) {
        const r = evaluation.acceptedReferral;
        r.usageCounter++;
        if (profileId && !r.friendProfileIntegrationId) r.friendProfileIntegrationId = profileId;
        const campaign = state.campaigns.get(r.campaignId);
        if (campaign) campaign.referralRedemptionCount++;
      }
      if (profile) {
        profile.closedSessions++;
        profile.totalSales = round2(profile.totalSales + session.total);
      }
    }
  } else if (closing && profile) {
    profile.closedSessions++;
    profile.totalSales = round2(profile.totalSales + session.total);
  }
  /** @type {Obj} */
  const meta = { campaigns: {}, coupons: {}, warnings: {} };
  if (evaluation.couponRejectionReason) meta.couponRejectionReason = evaluation.couponRejectionReason;
  if (evaluation.referralRejectionReason) meta.referralRejectionReason = evaluation.referralRejectionReason;
  const event = {
    id: state.nextId.event++,
    created: now,
    applicationId: state.applicationId,
    profileId,
    type: 'talon_session_updated',
    attributes: {},
    sessionId,
    effects: evaluation.effects,
    ledgerEntries: [],
    meta,
  };
  return { session, evaluation, profile, event };
}

/**
 * @param {Obj} session V2 session
 * @param {Evaluation | null} evaluation
 */
function sessionV1View(session, evaluation) {
  return {
    integrationId: session.integrationId,
    created: session.created,
    applicationId: session.applicationId,
    profileId: session.profileId,
    coupon: (session.couponCodes && session.couponCodes[0]) || '',
    referral: session.referralCode || '',
    state: session.state,
    cartItems: session.cartItems,
    identifiers: session.identifiers,
    total: session.total,
    attributes: session.attributes,
    firstSession: session.firstSession,
    discounts: evaluation ? evaluation.discounts : {},
    updated: session.updated,
  };
}

/**
 * Placeholder V1 session for responses that require one but have none.
 * @param {Ctx} ctx
 * @param {string} sessionId
 * @param {string} profileId
 */
function emptyV1Session(ctx, sessionId, profileId) {
  return {
    integrationId: sessionId,
    created: ctx.now,
    applicationId: ctx.state.applicationId,
    profileId,
    coupon: '',
    referral: '',
    state: 'open',
    cartItems: [],
    total: 0,
    attributes: {},
    firstSession: false,
    discounts: {},
    updated: ctx.now,
  };
}

/**
 * Profile for IntegrationState (required there): stored one, or an anonymous placeholder.
 * @param {Ctx} ctx
 * @param {StoredProfile | null} profile
 */
function v1Profile(ctx, profile) {
  if (profile) return S.profileView(ctx.state, profile);
  return {
    id: 0,
    created: ctx.now,
    integrationId: '',
    attributes: {},
    accountId: S.ACCOUNT_ID,
    closedSessions: 0,
    totalSales: 0,
    loyaltyMemberships: [],
    audienceMemberships: [],
    lastActivity: ctx.now,
  };
}

/** @param {Ctx} ctx */
function updateCustomerSessionV2(ctx) {
  const id = ctx.pathParams.customerSessionId;
  const dry = ctx.query.dry === true;
  const cs = ctx.body.customerSession;
  const r = upsertSession(ctx, id, cs, dry);
  if ('error' in r) return r.error;
  if (!dry) ctx.write(`session:${id}`, ctx.body);
  const want = new Set(ctx.body.responseContent || []);
  /** @type {Obj} */
  const out = {
    customerSession: r.session,
    event: r.event,
    effects: r.evaluation.effects,
    createdCoupons: [],
    createdReferrals: [],
  };
  if (want.has('customerProfile') && r.profile) out.customerProfile = S.profileView(ctx.state, r.profile);
  if (want.has('coupons')) out.coupons = r.evaluation.acceptedCoupons.map(couponView);
  if (want.has('triggeredCampaigns')) out.triggeredCampaigns = [...r.evaluation.triggeredCampaigns.values()].map(campaignView);
  if (want.has('referral') && r.evaluation.acceptedReferral) out.referral = inventoryReferral(r.evaluation.acceptedReferral);
  if (want.has('loyalty')) out.loyalty = emptyLoyalty();
  if (want.has('awardedGiveaways')) out.awardedGiveaways = [];
  if (want.has('ruleFailureReasons')) out.ruleFailureReasons = [];
  if (want.has('previousReturns')) out.previousReturns = [];
  return { status: 200, body: out };
}

/** @param {Ctx} ctx */
function updateCustomerSession(ctx) {
  const id = ctx.pathParams.customerSessionId;
  const dry = ctx.query.dry === true;
  const b = ctx.body;
  const input = {
    profileId: b.profileId,
    couponCodes: b.coupon !== undefined ? (b.coupon ? [b.coupon] : []) : undefined,
    referralCode: b.referral,
    state: b.state,
    cartItems: b.cartItems,
    identifiers: b.identifiers,
    attributes: b.attributes,
    total: b.total,
  };
  const r = upsertSession(ctx, id, input, dry);
  if ('error' in r) return r.error;
  if (!dry) ctx.write(`session:${id}`, ctx.body);
  /** @type {Obj} */
  const out = {
    session: sessionV1View(r.session, r.evaluation),
    profile: v1Profile(ctx, r.profile),
    event: r.event,
  };
  if (r.evaluation.acceptedCoupons[0]) out.coupon = couponView(r.evaluation.acceptedCoupons[0]);
  return { status: 200, body: out };
}

// ---------------------------------------------------------------------------
// profiles

/**
 * @param {Ctx} ctx
 * @param {string} integrationId
 * @param {Obj | undefined} attributes
 * @param {boolean} dry
 * @returns {StoredProfile}
 */
function upsertProfile(ctx, integrationId, attributes, dry) {
  const { state, now } = ctx;
  const stored = state.profiles.get(integrationId);
  const profile = dry
    ? { ...(stored || S.newProfile(state, integrationId, now)) }
    : stored || S.ensureProfile(state, integrationId, now);
  if (attributes) profile.attributes = { ...profile.attributes, ...attributes };
  profile.lastActivity = now;
  return profile;
}

/**
 * @param {Ctx} ctx
 * @param {number[]} ids
 * @param {string} pointer
 * @returns {HandlerResult | null}
 */
function requireAudiences(ctx, ids, pointer) {
  for (let i = 0; i < ids.length; i++) {
    if (!ctx.state.audiences.has(ids[i])) {
      return errorResult(404, 'Audience not found', `audience ${ids[i]} does not exist`, { pointer: `${pointer}/${i}` });
    }
  }
  return null;
}

/** @param {Ctx} ctx */
function updateCustomerProfileV2(ctx) {
  const id = ctx.pathParams.integrationId;
  const dry = ctx.query.dry === true;
  const runRuleEngine = ctx.query.runRuleEngine === true;
  const changes = ctx.body.audiencesChanges;
  if (changes) {
    const err =
      requireAudiences(ctx, changes.adds, '/audiencesChanges/adds') ||
      requireAudiences(ctx, changes.deletes, '/audiencesChanges/deletes');
    if (err) return err;
  }
  const profile = upsertProfile(ctx, id, ctx.body.attributes, dry);
  if (!dry) {
    if (changes) {
      for (const a of changes.adds) S.addMember(ctx.state, a, id);
      for (const a of changes.deletes) S.removeMember(ctx.state, a, id);
    }
    ctx.write(`profile:${id}`, ctx.body);
  }
  const want = new Set(ctx.body.responseContent || []);
  /** @type {Obj} */
  const out = { customerProfile: S.profileView(ctx.state, profile), effects: [], createdCoupons: [], createdReferrals: [] };
  if (runRuleEngine) {
    out.event = {
      id: ctx.state.nextId.event++,
      created: ctx.now,
      applicationId: ctx.state.applicationId,
      profileId: id,
      type: 'talon_profile_updated',
      attributes: {},
      effects: [],
      ledgerEntries: [],
      meta: { campaigns: {}, coupons: {}, warnings: {} },
    };
    if (want.has('triggeredCampaigns')) out.triggeredCampaigns = [];
    if (want.has('ruleFailureReasons')) out.ruleFailureReasons = [];
    if (want.has('awardedGiveaways')) out.awardedGiveaways = [];
  }
  if (want.has('loyalty')) out.loyalty = emptyLoyalty();
  return { status: 200, body: out };
}

const MAX_BULK_PROFILES = 1000;

/** @param {Ctx} ctx */
function updateCustomerProfilesV2(ctx) {
  const items = ctx.body.customerProfiles || [];
  if (items.length > MAX_BULK_PROFILES) {
    return errorResult(400, 'Too many customer profiles', `at most ${MAX_BULK_PROFILES} customer profiles per request, got ${items.length}`, {
      pointer: '/customerProfiles',
    });
  }
  /** @type {Obj[]} */
  const integrationStates = [];
  for (const item of items) {
    const p = upsertProfile(ctx, item.integrationId, item.attributes, false);
    ctx.write(`profile:${item.integrationId}`, item);
    if (ctx.query.silent === 'no') {
      integrationStates.push({ customerProfile: S.profileView(ctx.state, p), effects: [], createdCoupons: [], createdReferrals: [] });
    }
  }
  if (ctx.query.silent === 'no') return { status: 200, body: { integrationStates } };
  return { status: 204 };
}

/** @param {Ctx} ctx */
function updateCustomerProfile(ctx) {
  const id = ctx.pathParams.integrationId;
  const dry = ctx.query.dry === true;
  const profile = upsertProfile(ctx, id, ctx.body.attributes, dry);
  if (!dry) ctx.write(`profile:${id}`, ctx.body);
  const event = {
    id: ctx.state.nextId.event++,
    created: ctx.now,
    applicationId: ctx.state.applicationId,
    profileId: id,
    type: 'talon_profile_updated',
    attributes: {},
    effects: [],
    ledgerEntries: [],
    meta: { campaigns: {}, coupons: {}, warnings: {} },
  };
  return { status: 200, body: { session: emptyV1Session(ctx, '', id), profile: S.profileView(ctx.state, profile), event } };
}

/** @param {Ctx} ctx */
function updateCustomerProfileAudiences(ctx) {
  const data = ctx.body.data || [];
  for (let i = 0; i < data.length; i++) {
    if (!ctx.state.audiences.has(data[i].audienceId)) {
      return errorResult(404, 'Audience not found', `audience ${data[i].audienceId} does not exist`, { pointer: `/data/${i}/audienceId` });
    }
  }
  for (const item of data) {
    if (item.action === 'add') {
      S.ensureProfile(ctx.state, item.profileIntegrationId, ctx.now);
      S.addMember(ctx.state, item.audienceId, item.profileIntegrationId);
    } else {
      S.removeMember(ctx.state, item.audienceId, item.profileIntegrationId);
    }
    ctx.write(`profile:${item.profileIntegrationId}`, item);
  }
  return { status: 204 };
}

// ---------------------------------------------------------------------------
// events

/** @param {Ctx} ctx */
function trackEvent(ctx) {
  const dry = ctx.query.dry === true;
  const b = ctx.body;
  const profileId = b.profileId || '';
  /** @type {StoredProfile | null} */
  let profile = null;
  if (profileId) profile = upsertProfile(ctx, profileId, undefined, dry);
  const event = {
    id: ctx.state.nextId.event++,
    created: ctx.now,
    applicationId: ctx.state.applicationId,
    profileId,
    type: b.type,
    attributes: b.attributes,
    sessionId: b.sessionId,
    effects: [],
    ledgerEntries: [],
    meta: { campaigns: {}, coupons: {}, warnings: {} },
  };
  if (!dry) {
    ctx.state.events.set(event.id, event);
    if (profileId) S.addToIndex(ctx.state.profileEvents, profileId, event.id);
    ctx.write(`event:${event.id}`, b);
  }
  const stored = ctx.state.sessions.get(b.sessionId);
  const session = stored ? sessionV1View(stored, null) : emptyV1Session(ctx, b.sessionId, profileId);
  return { status: 201, body: { session, profile: v1Profile(ctx, profile), event } };
}

// ---------------------------------------------------------------------------
// coupon reservations

/** @param {Ctx} ctx */
function couponOr404(ctx) {
  const value = ctx.pathParams.couponValue;
  const coupon = ctx.state.coupons.get(value);
  if (!coupon) return { error: errorResult(404, 'Coupon not found', `coupon ${JSON.stringify(value)} does not exist`, { parameter: 'couponValue' }) };
  return { coupon };
}

/** @param {Ctx} ctx */
function createCouponReservation(ctx) {
  const r = couponOr404(ctx);
  if (r.error) return r.error;
  for (const pid of ctx.body.integrationIDs) {
    S.ensureProfile(ctx.state, pid, ctx.now);
    S.reserve(ctx.state, r.coupon.value, pid);
  }
  ctx.write(`coupon:${r.coupon.value}`, ctx.body);
  return { status: 201, body: couponView(r.coupon) };
}

/** @param {Ctx} ctx */
function deleteCouponReservation(ctx) {
  const r = couponOr404(ctx);
  if (r.error) return r.error;
  for (const pid of ctx.body.integrationIDs) S.unreserve(ctx.state, r.coupon.value, pid);
  ctx.write(`coupon:${r.coupon.value}`, ctx.body);
  return { status: 204 };
}

/** @param {Ctx} ctx */
function getReservedCustomers(ctx) {
  const r = couponOr404(ctx);
  if (r.error) return r.error;
  /** @type {Obj[]} */
  const data = [];
  for (const pid of ctx.state.reservations.get(r.coupon.value) || []) {
    const p = ctx.state.profiles.get(pid);
    if (p) data.push(S.profileView(ctx.state, p));
  }
  return { status: 200, body: { totalResultSize: data.length, data } };
}

// ---------------------------------------------------------------------------
// referrals

/**
 * @param {Ctx} ctx
 * @param {string} [pattern] e.g. 'REF-######' ('#' = random character)
 * @param {string[]} [validCharacters]
 */
function generateCode(ctx, pattern, validCharacters) {
  const chars = validCharacters && validCharacters.length ? validCharacters : CODE_CHARS.split('');
  const pat = pattern && pattern.includes('#') ? pattern : 'REF-######';
  for (let attempt = 0; attempt < 50; attempt++) {
    let code = '';
    for (const ch of pat) code += ch === '#' ? chars[Math.floor(ctx.random() * chars.length)] : ch;
    if (!ctx.state.referrals.has(code)) return code;
  }
  return `${pat.replace(/#/g, '')}${ctx.state.nextId.referral}`;
}

/**
 * @param {Ctx} ctx
 * @param {Obj} input
 * @param {string} advocate
 */
function storeReferral(ctx, input, advocate) {
  /** @type {Obj} */
  const referral = {
    id: ctx.state.nextId.referral++,
    created: ctx.now,
    usageLimit: input.usageLimit !== undefined ? input.usageLimit : 0,
    campaignId: input.campaignId,
    advocateProfileIntegrationId: advocate,
    attributes: { ...(input.attributes || {}) },
    code: generateCode(ctx, input.referralPattern, input.validCharacters),
    usageCounter: 0,
  };
  if (input.startDate) referral.startDate = input.startDate;
  if (input.expiryDate) referral.expiryDate = input.expiryDate;
  if (input.friendProfileIntegrationId) referral.friendProfileIntegrationId = input.friendProfileIntegrationId;
  ctx.state.referrals.set(referral.code, referral);
  S.ensureProfile(ctx.state, advocate, ctx.now);
  S.addToIndex(ctx.state.profileReferrals, advocate, referral.code);
  const campaign = ctx.state.campaigns.get(referral.campaignId);
  if (campaign) campaign.referralCreationCount++;
  return referral;
}

/** @param {Ctx} ctx */
function campaignOr404(ctx) {
  if (ctx.state.campaigns.has(ctx.body.campaignId)) return null;
  return errorResult(404, 'Campaign not found', `campaign ${ctx.body.campaignId} does not exist`, { pointer: '/campaignId' });
}

/** @param {Ctx} ctx */
function createReferral(ctx) {
  const err = campaignOr404(ctx);
  if (err) return err;
  const referral = storeReferral(ctx, ctx.body, ctx.body.advocateProfileIntegrationId);
  ctx.write(`referral:${referral.code}`, ctx.body);
  return { status: 201, body: referralView(referral) };
}

/** @param {Ctx} ctx */
function createReferralsForMultipleAdvocates(ctx) {
  const err = campaignOr404(ctx);
  if (err) return err;
  /** @type {Obj[]} */
  const data = [];
  for (const advocate of ctx.body.advocateProfileIntegrationIds) {
    const referral = storeReferral(ctx, ctx.body, advocate);
    ctx.write(`referral:${referral.code}`, { ...ctx.body, advocateProfileIntegrationIds: [advocate] });
    data.push(referralView(referral));
  }
  if (ctx.query.silent === 'no') return { status: 201, body: { totalResultSize: data.length, data } };
  return { status: 204 };
}

// ---------------------------------------------------------------------------
// audiences

/** @param {Ctx} ctx */
function audienceOr404(ctx) {
  const id = ctx.pathParams.audienceId;
  const audience = ctx.state.audiences.get(id);
  if (!audience) return { error: errorResult(404, 'Audience not found', `audience ${id} does not exist`, { parameter: 'audienceId' }) };
  return { audience };
}

/** @param {Ctx} ctx */
function createAudienceV2(ctx) {
  const b = ctx.body;
  const key = b.integrationId ? `${b.integration || ''}\u0000${b.integrationId}` : null;
  if (key && ctx.state.audienceByIntegration.has(key)) {
    return errorResult(409, 'Audience already exists', 'an audience with this integrationId already exists for this integration', {
      pointer: '/integrationId',
    });
  }
  /** @type {Obj} */
  const audience = { accountId: S.ACCOUNT_ID, id: ctx.state.nextId.audience++, created: ctx.now, name: b.name };
  if (b.integration !== undefined) audience.integration = b.integration;
  if (b.integrationId !== undefined) audience.integrationId = b.integrationId;
  ctx.state.audiences.set(audience.id, audience);
  ctx.state.audienceMembers.set(audience.id, new Set());
  if (key) ctx.state.audienceByIntegration.set(key, audience.id);
  ctx.write(`audience:${audience.id}`, b);
  return { status: 201, body: { ...audience } };
}

/** @param {Ctx} ctx */
function updateAudienceV2(ctx) {
  const r = audienceOr404(ctx);
  if (r.error) return r.error;
  r.audience.name = ctx.body.name;
  ctx.write(`audience:${r.audience.id}`, ctx.body);
  return { status: 200, body: { ...r.audience } };
}

/**
 * @param {State} state
 * @param {number} id
 */
function clearMembers(state, id) {
  const members = state.audienceMembers.get(id);
  if (members) for (const pid of [...members]) S.removeMember(state, id, pid);
  state.audienceMembers.set(id, new Set());
}

/** @param {Ctx} ctx */
function deleteAudienceV2(ctx) {
  const r = audienceOr404(ctx);
  if (r.error) return r.error;
  const a = r.audience;
  clearMembers(ctx.state, a.id);
  ctx.state.audienceMembers.delete(a.id);
  ctx.state.audiences.delete(a.id);
  if (a.integrationId) ctx.state.audienceByIntegration.delete(`${a.integration || ''}\u0000${a.integrationId}`);
  ctx.write(`audience:${a.id}`, undefined);
  return { status: 204 };
}

/** @param {Ctx} ctx */
function deleteAudienceMembershipsV2(ctx) {
  const r = audienceOr404(ctx);
  if (r.error) return r.error;
  clearMembers(ctx.state, r.audience.id);
  ctx.write(`audience:${r.audience.id}`, undefined);
  return { status: 204 };
}

/** @param {Ctx} ctx */
function updateAudienceCustomersAttributes(ctx) {
  const r = audienceOr404(ctx);
  if (r.error) return r.error;
  for (const pid of ctx.state.audienceMembers.get(r.audience.id) || []) {
    const p = ctx.state.profiles.get(pid);
    if (p) p.attributes = { ...p.attributes, ...ctx.body };
  }
  ctx.write(`audience:${r.audience.id}`, ctx.body);
  return { status: 204 };
}

// ---------------------------------------------------------------------------
// customer data

/** @param {Ctx} ctx */
function profileOr404(ctx) {
  const id = ctx.pathParams.integrationId;
  const profile = ctx.state.profiles.get(id);
  if (!profile) return { error: errorResult(404, 'Customer profile not found', `customer profile ${JSON.stringify(id)} does not exist`, { parameter: 'integrationId' }) };
  return { profile };
}

/** @param {Ctx} ctx */
function getCustomerInventory(ctx) {
  const r = profileOr404(ctx);
  if (r.error) return r.error;
  const { state } = ctx;
  const id = r.profile.integrationId;
  const nowMs = Date.parse(ctx.now);
  /** @type {Obj} */
  const out = {};
  if (ctx.query.profile) out.profile = S.profileView(state, r.profile);
  if (ctx.query.loyalty) out.loyalty = emptyLoyalty();
  if (ctx.query.referrals) {
    out.referrals = [];
    for (const code of state.profileReferrals.get(id) || []) {
      const ref = state.referrals.get(code);
      if (ref) out.referrals.push(inventoryReferral(ref));
    }
  }
  if (ctx.query.coupons) {
    out.coupons = [];
    for (const value of state.profileReservations.get(id) || []) {
      const c = state.coupons.get(value);
      if (!c) continue;
      const depleted = c.usageLimit > 0 && c.usageCounter >= c.usageLimit;
      const expired = c.expiryDate && Date.parse(c.expiryDate) < nowMs;
      out.coupons.push({
        ...couponView(c),
        profileRedemptionCount: state.couponRedemptions.get(`${value}\u0000${id}`) || 0,
        state: expired ? 'expired' : depleted ? 'depleted' : 'active',
      });
    }
  }
  if (ctx.query.giveaways) out.giveaways = [];
  return { status: 200, body: out };
}

/** @param {Ctx} ctx */
function deleteCustomerData(ctx) {
  const r = profileOr404(ctx);
  if (r.error) return r.error;
  const { state } = ctx;
  const id = r.profile.integrationId;
  for (const sid of state.profileSessions.get(id) || []) state.sessions.delete(sid);
  state.profileSessions.delete(id);
  for (const eid of state.profileEvents.get(id) || []) state.events.delete(eid);
  state.profileEvents.delete(id);
  for (const value of [...(state.profileReservations.get(id) || [])]) S.unreserve(state, value, id);
  for (const aid of [...(state.profileAudiences.get(id) || [])]) S.removeMember(state, aid, id);
  for (const code of state.profileReferrals.get(id) || []) state.referrals.delete(code);
  state.profileReferrals.delete(id);
  state.profiles.delete(id);
  ctx.write(`profile:${id}`, undefined);
  return { status: 204 };
}

/** @type {Record<string, (ctx: Ctx) => HandlerResult>} */
const handlers = {
  updateCustomerSessionV2,
  updateCustomerSession,
  updateCustomerProfileV2,
  updateCustomerProfilesV2,
  updateCustomerProfile,
  updateCustomerProfileAudiences,
  trackEvent,
  createCouponReservation,
  deleteCouponReservation,
  getReservedCustomers,
  createReferral,
  createReferralsForMultipleAdvocates,
  createAudienceV2,
  updateAudienceV2,
  deleteAudienceV2,
  deleteAudienceMembershipsV2,
  updateAudienceCustomersAttributes,
  getCustomerInventory,
  deleteCustomerData,
};

module.exports = { handlers, evaluate, cartSubtotal, MAX_BULK_PROFILES };
