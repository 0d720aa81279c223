import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { optionsProperty } from '../description/optionsProperty';
import { AUTO_PARALLEL } from './concurrency';

export interface ExecutionOptions {
	timeoutMs: number;
	maxRetries: number;
	/** `undefined` when batching is off: one request per item. */
	batchSize?: number;
	parallel: ParallelSetting;
	maxRequestsPerSecond?: number;
}

/** Max Parallel Requests: adapted by the node up to `max`, or a fixed number. */
export type ParallelSetting = { mode: 'auto'; max: number } | { mode: 'fixed'; count: number };

/** How long one request may wait between its attempts in total, and the first backoff step. */
export const RETRY_BUDGET = { maxTotalWaitMs: 60_000, baseDelayMs: 500 } as const;

/** The defaults shown in the Options collection are the ones used when an option is not set. */
function defaultOf(name: string): number {
	const option = (optionsProperty.options as INodeProperties[]).find((o) => o.name === name);
	return option!.default as number;
}

const DEFAULT_OPTIONS = {
	timeoutSeconds: defaultOf('timeout'),
	maxRetries: defaultOf('maxRetries'),
	batchSize: defaultOf('batchSize'),
	maxParallel: defaultOf('maxParallel'),
};

/**
 * Auto unless the user chose Fixed. A workflow saved before Auto existed has Max Parallel Requests
 * without Parallel Requests: that number stays fixed. With Auto chosen, the number is Auto's ceiling.
 */
function readParallel(raw: IDataObject): ParallelSetting {
	const number = typeof raw.maxParallel === 'number' && raw.maxParallel >= 1 ? Math.floor(raw.maxParallel) : undefined;
	const mode = raw.parallelMode ?? (number === undefined ? 'auto' : 'fixed');
	if (mode === 'fixed') return { mode, count: number ?? DEFAULT_OPTIONS.maxParallel };
	return { mode: 'auto', max: Math.min(number ?? AUTO_PARALLEL.max, AUTO_PARALLEL.max) };
}

export function readOptions(ctx: IExecuteFunctions, batchable: boolean): ExecutionOptions {
	const raw = ctx.getNodeParameter('options', 0, {}) as IDataObject;
	const positive = (value: unknown, fallback: number) =>
		typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
	return {
		timeoutMs: positive(raw.timeout, DEFAULT_OPTIONS.timeoutSeconds) * 1000,
		maxRetries: typeof raw.maxRetries === 'number' && raw.maxRetries >= 0 ? Math.floor(raw.maxRetries) : DEFAULT_OPTIONS.maxRetries,
		batchSize:
			batchable && raw.combineIntoBatches !== false
				? Math.min(DEFAULT_OPTIONS.batchSize, Math.floor(positive(raw.batchSize, DEFAULT_OPTIONS.batchSize)))
				: undefined,
		parallel: readParallel(raw),
		maxRequestsPerSecond: positive(raw.maxRequestsPerSecond, 0) || undefined,
	};
}
