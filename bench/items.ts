/** The input the benchmarks send: generated items for the node, and the same work as plain requests for the baselines. */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

/** Input items, generated in the client process so nothing large crosses the IPC channel. */
export type ItemsSpec =
	/** `{ id, tier }` for profile upserts. */
	| { kind: 'profiles'; count: number; prefix: string }
	/** `{ session, seq }`: item i updates session `prefix + (i % sessions)` and carries sequence number i. */
	| { kind: 'sessions'; count: number; sessions: number; prefix: string }
	/** `{ id, seq }`: item i updates profile `prefix + (i % profiles)` and carries sequence number i. */
	| { kind: 'profileUpdates'; count: number; profiles: number; prefix: string };

export function makeItems(spec: ItemsSpec): IDataObject[] {
	return Array.from({ length: spec.count }, (_v, i) => {
		if (spec.kind === 'profiles') return { id: `${spec.prefix}${i}`, tier: i % 3 === 0 ? 'gold' : 'silver' };
		if (spec.kind === 'profileUpdates') return { id: `${spec.prefix}${i % spec.profiles}`, seq: i };
		return { session: `${spec.prefix}${i % spec.sessions}`, seq: i };
	});
}

/** One HTTP request as the plain undici baselines send it. */
export interface PlainRequest {
	method: string;
	/** Path and query, already encoded. */
	target: string;
	body: string;
}

/**
 * The plain baselines' requests for the same items the node gets:
 * profiles go one per request to `PUT /v2/customer_profiles/{id}` (what a loop over the SDK's
 * `updateCustomerProfileV2` sends), sessions to `PUT /v2/customer_sessions/{id}` as the node sends them.
 */
export function makePlainRequests(spec: ItemsSpec): PlainRequest[] {
	return makeItems(spec).map((item) =>
		spec.kind !== 'sessions'
			? {
					method: 'PUT',
					target: `/v2/customer_profiles/${encodeURIComponent(String(item.id))}`,
					body: JSON.stringify({ attributes: spec.kind === 'profiles' ? { Tier: item.tier } : { seq: item.seq } }),
				}
			: {
					method: 'PUT',
					target: `/v2/customer_sessions/${encodeURIComponent(String(item.session))}`,
					body: JSON.stringify({ customerSession: { attributes: { seq: item.seq } } }),
				},
	);
}

/** Node parameters (as in test/operations/*.cases.ts) for the two operations the bench uses. */
export const profileUpsertParameters: INodeParameters = {
	resource: 'customerProfile',
	operation: 'updateMany',
	integrationId: '={{ $json.id }}',
	silent: true,
	additionalFields: { attributes: { attribute: [{ name: 'Tier', type: 'string', value: '={{ $json.tier }}' }] } },
};

export const sessionUpdateParameters: INodeParameters = {
	resource: 'customerSession',
	operation: 'update',
	customerSessionId: '={{ $json.session }}',
	additionalFields: { attributes: { attribute: [{ name: 'seq', type: 'number', value: '={{ $json.seq }}' }] } },
};

/** One Customer Profile → Update (a PUT) per item, the profile's `seq` attribute set to the item's sequence number. */
export const profileUpdateParameters: INodeParameters = {
	resource: 'customerProfile',
	operation: 'update',
	integrationId: '={{ $json.id }}',
	additionalFields: { attributes: { attribute: [{ name: 'seq', type: 'number', value: '={{ $json.seq }}' }] } },
};

/** Coupon → Create (Management API): one personal coupon per item, for the customer the item names. */
export const couponCreateParameters: INodeParameters = {
	resource: 'coupon',
	operation: 'create',
	applicationId: 1,
	campaignId: 1,
	numberOfCoupons: 1,
	usageLimit: 1,
	additionalFields: { recipientIntegrationId: '={{ $json.id }}' },
};
