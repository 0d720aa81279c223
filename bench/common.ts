/**
 * Shared by the bench orchestrator (`run.ts`, which hosts the fake Talon.One server) and the
 * client processes (`worker.ts`, one per measured run, so each variant's peak memory is its own).
 */
import path from 'node:path';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

/** Repository root; this file runs from `bench/.build/bench/`. */
export const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Input items, generated in the client process so nothing large crosses the IPC channel. */
export type ItemsSpec =
	/** `{ id, tier }` for profile upserts. */
	| { kind: 'profiles'; count: number; prefix: string }
	/** `{ session, seq }`: item i updates session `prefix + (i % sessions)` and carries sequence number i. */
	| { kind: 'sessions'; count: number; sessions: number; prefix: string };

export function makeItems(spec: ItemsSpec): IDataObject[] {
	return Array.from({ length: spec.count }, (_v, i) =>
		spec.kind === 'profiles'
			? { id: `${spec.prefix}${i}`, tier: i % 3 === 0 ? 'gold' : 'silver' }
			: { session: `${spec.prefix}${i % spec.sessions}`, seq: i },
	);
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
		spec.kind === 'profiles'
			? {
					method: 'PUT',
					target: `/v2/customer_profiles/${encodeURIComponent(String(item.id))}`,
					body: JSON.stringify({ attributes: { Tier: item.tier } }),
				}
			: {
					method: 'PUT',
					target: `/v2/customer_sessions/${encodeURIComponent(String(item.session))}?dry=false`,
					body: JSON.stringify({ customerSession: { attributes: { seq: item.seq } } }),
				},
	);
}

/** Node parameters (as in test/operations/cases.ts) for the two operations the bench uses. */
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

export type WorkerConfig = { url: string; apiKey: string } & (
	| {
			variant: 'node';
			parameters: INodeParameters;
			items: ItemsSpec;
			warmup: ItemsSpec;
	  }
	| {
			variant: 'plain';
			/** `null`: fire every request at once (unbounded). */
			concurrency: number | null;
			/** Generated requests, or a JSON file of recorded ones (`PlainRequest[]`) to replay. */
			requests: ItemsSpec | { kind: 'replay'; file: string };
			warmup: ItemsSpec;
	  }
);

export interface WorkerResult {
	ms: number;
	/** RSS right before the measured run (after loading and warm-up), bytes. */
	rssBefore: number;
	/** Peak RSS of the client process so far (`process.resourceUsage().maxRSS`), bytes. */
	peakRss: number;
	items: number;
	/** Output items with an error (node) or failed/non-2xx requests (plain). */
	failed: number;
	/** Node only: time in n8n-core's `getNodeParameter` (expression evaluation), ms. */
	parametersMs: number;
	/** Node only: time in the node's per-item preparation (`prepareItem`, includes `parametersMs`), ms. */
	prepareMs: number;
}

export type ParentMessage = { type: 'config'; config: WorkerConfig } | { type: 'go' } | { type: 'exit' };
export type ChildMessage = { type: 'ready' } | { type: 'done'; result: WorkerResult } | { type: 'error'; message: string };

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
