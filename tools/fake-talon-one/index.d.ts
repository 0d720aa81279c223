// Type declarations for the plain-JS fake Talon.One server (./index.js).
import type { Server } from 'node:http';

export interface RateLimitConfig {
  perSecond: number;
  /** Retry-After header value in seconds (default 1). */
  retryAfterSeconds?: number;
}

export interface FakeTalonOneOptions {
  /** default 0 = any free port */
  port?: number;
  /** default '127.0.0.1' */
  host?: string;
  /** default 'test-api-key-0123456789abcdef' */
  apiKey?: string;
  /** default 1 */
  applicationId?: number;
  /** hex, default '0123456789abcdef0123456789abcdef' */
  applicationKey?: string;
  /** default 'test-management-key-abcdef0123' */
  managementKey?: string;
  /** default 'test-bearer-token-abcdef0123' */
  bearerToken?: string;
  latencyMs?: number;
  /** seed demo profiles / audience / reservation / referral */
  demo?: boolean;
  /** serve HTTPS with this key/cert (PEM) */
  tls?: { key: string | Buffer; cert: string | Buffer };
  rateLimit?: RateLimitConfig | null;
  /** PRNG seed for fault fractions and generated referral codes */
  seed?: number;
  /** default true; false keeps `requests` empty (memory for very long benchmarks) */
  recordRequests?: boolean;
}

export interface FaultMatch {
  operationId?: string;
  method?: string;
  /** substring of the decoded path or of the raw request-target */
  pathIncludes?: string;
}

interface FaultCommon {
  match?: FaultMatch;
  /** default 1; Infinity allowed */
  times?: number;
  /** 0..1, drawn from a seeded PRNG (deterministic) */
  fraction?: number;
}

export type FaultRule = FaultCommon &
  (
    | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string | object; apply?: boolean }
    | { kind: 'resetBeforeBody' }
    | { kind: 'resetAfterApply' }
    | { kind: 'delay'; ms: number }
    | { kind: 'rawBody'; status: number; contentType?: string; body?: string | Buffer; apply?: boolean }
  );

export type ActiveFault = FaultRule & { remaining: number; fired: number };

export interface RecordedRequest {
  method: string;
  /** exact request-target as received, e.g. '/v1/coupon_reservations/A%2FB%3FC%23D%25' */
  rawTarget: string;
  /** pathname with each segment percent-decoded */
  path: string;
  /** decoded path params of the matched route */
  pathParams: Record<string, string>;
  query: Record<string, string>;
  /** lowercased header names */
  headers: Record<string, string | string[] | undefined>;
  bodyText: string;
  /** parsed JSON body, undefined when empty / invalid */
  body: unknown;
  /** final status sent; 'reset' when the socket was destroyed by a fault; undefined while pending */
  status: number | 'reset' | 'aborted' | undefined;
  /** performance.now() at arrival */
  receivedAt: number;
  operationId: string | undefined;
}

export interface RecordedWrite {
  operationId: string;
  /** 'session:<id>' | 'profile:<id>' | 'event:<id>' | 'coupon:<value>' | 'referral:<code>' | 'audience:<id>' */
  entityKey: string;
  body: unknown;
  /** performance.now() when applied */
  at: number;
}

export type Obj = Record<string, any>;

export interface StoredProfile {
  id: number;
  created: string;
  integrationId: string;
  attributes: Obj;
  accountId: number;
  closedSessions: number;
  totalSales: number;
  loyaltyMemberships: any[];
  lastActivity: string;
}

export interface FakeState {
  applicationId: number;
  campaigns: Map<number, Obj>;
  /** keyed by coupon value */
  coupons: Map<string, Obj>;
  /** keyed by integrationId */
  profiles: Map<string, StoredProfile>;
  /** keyed by session integrationId; CustomerSessionV2 shape */
  sessions: Map<string, Obj>;
  /** trackEvent events keyed by id */
  events: Map<number, Obj>;
  /** keyed by referral code */
  referrals: Map<string, Obj>;
  audiences: Map<number, Obj>;
  audienceByIntegration: Map<string, number>;
  audienceMembers: Map<number, Set<string>>;
  profileAudiences: Map<string, Set<number>>;
  /** couponValue -> reserved profile integrationIds */
  reservations: Map<string, Set<string>>;
  profileReservations: Map<string, Set<string>>;
  profileSessions: Map<string, Set<string>>;
  profileEvents: Map<string, Set<number>>;
  profileReferrals: Map<string, Set<string>>;
  couponRedemptions: Map<string, number>;
  nextId: { profile: number; session: number; event: number; coupon: number; referral: number; audience: number };
}

export declare class FakeTalonOne {
  constructor(options?: FakeTalonOneOptions);
  readonly options: {
    host: string;
    apiKey: string;
    applicationId: number;
    applicationKey: string;
    managementKey: string;
    bearerToken: string;
    demo: boolean;
    tls: boolean;
  };
  url: string;
  port: number;
  server: Server;
  requests: RecordedRequest[];
  writes: RecordedWrite[];
  /** requests received and not yet answered */
  inFlight: number;
  /** the most requests in flight at once since the last reset */
  maxInFlight: number;
  faults: ActiveFault[];
  state: FakeState;
  /** toggle request recording at run time */
  recordRequests: boolean;
  listen(): Promise<this>;
  setLatency(ms: number): void;
  setRateLimit(cfg: RateLimitConfig | null): void;
  setFaults(rules: FaultRule[], opts?: { seed?: number }): void;
  reset(): void;
  /** 'ApiKey-v1 <apiKey>' */
  apiKeyAuthorization(): string;
  /** 'signer=<applicationId>; signature=<hex hmac-md5>' */
  contentSignature(body: string | Buffer): string;
  close(): Promise<void>;
}

export declare const DEFAULTS: {
  host: string;
  apiKey: string;
  applicationId: number;
  applicationKey: string;
  managementKey: string;
  bearerToken: string;
};

export declare function startFakeTalonOne(options?: FakeTalonOneOptions): Promise<FakeTalonOne>;
export declare function contentSignature(applicationId: number, applicationKeyHex: string, body: string | Buffer): string;
