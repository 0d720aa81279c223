import type { INodeProperties } from 'n8n-workflow';
import { operations } from '../operations';

const bulkOperations = operations.filter((op) => op.batch).map((op) => op.operation);

/** The Options collection every operation shows; execute/options.ts reads it with these defaults. */
export const optionsProperty: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Batch Size',
			name: 'batchSize',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 1000 },
			default: 1000,
			description: 'How many entries to send in one request when combining items into batches (Talon.One accepts up to 1000)',
			displayOptions: { show: { '/operation': bulkOperations } },
		},
		{
			displayName: 'Combine Items Into Batches',
			name: 'combineIntoBatches',
			type: 'boolean',
			default: true,
			description: 'Whether to send many items in one request. Turn off to send one request per item.',
			displayOptions: { show: { '/operation': bulkOperations } },
		},
		{
			displayName: 'Max Parallel Requests',
			name: 'maxParallel',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 64 },
			default: 5,
			description:
				'With Parallel Requests on Fixed, or when this option is added alone: exactly how many requests run at the same time (1 sends everything one by one). With Auto: the most the node may use. Changes to the same session, profile, coupon or audience are always sent one after another, in input order.',
		},
		{
			displayName: 'Max Requests per Second',
			name: 'maxRequestsPerSecond',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: 'Upper limit for the request rate of this node; 0 means no limit',
		},
		{
			displayName: 'Max Retries',
			name: 'maxRetries',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 10 },
			default: 3,
			description:
				'How often to try a request again when Talon.One is busy (429, 503, or 409 "too many requests are updating this session"), a gateway fails (502, 504) or the connection breaks. Waits longer each time and as long as Talon.One asks. Changes that may already have been applied are never sent twice.',
		},
		{
			displayName: 'Parallel Requests',
			name: 'parallelMode',
			type: 'options',
			options: [
				{
					name: 'Auto',
					value: 'auto',
					description:
						'Start with 8 at a time, send more while Talon.One answers quickly, fewer as soon as it says it is busy (up to 64, or Max Parallel Requests)',
				},
				{ name: 'Fixed', value: 'fixed', description: 'Always Max Parallel Requests at a time' },
			],
			default: 'auto',
			description:
				"How many requests run at the same time. Either way, when Talon.One answers that too many requests came in, the node waits as long as it asks and then sends only as fast as Talon.One accepted.",
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeout',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 30,
			description: 'How long one attempt may take, from sending the request to the end of the answer, before the node gives up on it',
		},
	],
};
