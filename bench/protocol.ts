/** What the bench runner (run.ts, hosting the fake Talon.One) and a client process (worker.ts, one per measured variant) tell each other. */
import type { INodeParameters } from 'n8n-workflow';
import type { ItemsSpec } from './items';

/** `managementKey`: the fake's Management API key, set in the node's credentials (Integration operations ignore it). */
export type WorkerConfig = { url: string; apiKey: string; managementKey: string } & (
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
