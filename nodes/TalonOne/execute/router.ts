import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';
import { InputError } from '../fields/inputError';
import { formatInputError } from '../fields/messages';
import { findOperation } from '../operations';
import type { OperationDefinition } from '../operations/types';
import { assertAuthAllowed } from '../transport/auth';
import { TalonOneClient, TransportError, type ApiResponse } from '../transport/client';
import { CredentialError, parseCredentials } from '../transport/credentials';
import { apiError, operationError, transportError, unreadableResponseError } from '../transport/errors';
import { readOptions } from './options';
import { planRequests, type PlannedRequest } from './plan';
import { ItemParameters } from './parameters';
import { prepareItem, type PreparedItem } from './prepare';
import { RateLimiter, runScheduled } from './scheduler';
import { describeApplied } from './summary';

/** `uncertain`: the request may have been applied although it failed (timeout, reset, unreadable 2xx answer). */
type Outcome = { json: IDataObject } | { error: NodeApiError | NodeOperationError; uncertain?: boolean };

function inputErrorToNodeError(ctx: IExecuteFunctions, op: OperationDefinition, error: InputError, itemIndex: number, stopping: boolean) {
	const fields = error.location === 'path' ? op.pathFields : error.location === 'query' ? op.queryFields : op.bodyFields;
	const message = formatInputError(error, itemIndex, fields ?? [], 'JSON Body');
	return operationError(ctx.getNode(), message, {
		itemIndex,
		description: [
			error.hint,
			stopping ? 'Nothing was sent to Talon.One: the node checks every item before it sends any.' : 'Nothing was sent to Talon.One for this item.',
		]
			.filter(Boolean)
			.join(' '),
	});
}

function successOutputs(op: OperationDefinition, planned: PlannedRequest, response: ApiResponse): IDataObject[] {
	const units = planned.items.map((item) => item.body ?? {});
	if (op.batch) return op.batch.splitResponse(response.body, units);
	const item = planned.items[0];
	if (response.body === undefined) return [{ success: true, ...item.identity }];
	return [Array.isArray(response.body) || typeof response.body !== 'object' ? { data: response.body } : (response.body as IDataObject)];
}

export async function execute(ctx: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = ctx.getInputData();
	const resource = ctx.getNodeParameter('resource', 0) as string;
	const operation = ctx.getNodeParameter('operation', 0) as string;
	const op = findOperation(resource, operation);
	if (!op) throw new NodeOperationError(ctx.getNode(), `Unknown operation "${resource} / ${operation}"`);

	let client: TalonOneClient;
	const options = readOptions(ctx, op.batch !== undefined);
	const limiter = options.maxRequestsPerSecond ? new RateLimiter(options.maxRequestsPerSecond) : undefined;
	try {
		const credentials = parseCredentials(await ctx.getCredentials('talonOneApi'));
		assertAuthAllowed(credentials, op.auth, op.displayName);
		client = new TalonOneClient(credentials, {
			timeoutMs: options.timeoutMs,
			retry: { maxRetries: options.maxRetries, maxTotalWaitMs: 60_000, baseDelayMs: 500 },
		});
	} catch (error) {
		throw error instanceof CredentialError ? operationError(ctx.getNode(), error.message) : new NodeOperationError(ctx.getNode(), error as Error);
	}

	const continueOnFail = ctx.continueOnFail();
	const outcomes: Array<Outcome | undefined> = Array.from({ length: items.length }, () => undefined);
	const prepared: PreparedItem[] = [];
	const params = new ItemParameters(ctx);
	for (let i = 0; i < items.length; i++) {
		try {
			prepared.push(prepareItem(params, op, i));
		} catch (error) {
			const nodeError =
				error instanceof InputError
					? inputErrorToNodeError(ctx, op, error, i, !continueOnFail)
					: new NodeOperationError(ctx.getNode(), error as Error, { itemIndex: i });
			if (!continueOnFail) throw nodeError;
			outcomes[i] = { error: nodeError };
		}
	}

	let firstFailure: { itemIndex: number; error: NodeApiError | NodeOperationError } | undefined;
	const node = ctx.getNode();
	const fail = (planned: PlannedRequest, makeError: (itemIndex: number) => NodeApiError | NodeOperationError, uncertain = false) => {
		for (const item of planned.items) {
			const error = makeError(item.itemIndex);
			outcomes[item.itemIndex] = { error, uncertain };
			if (!firstFailure || item.itemIndex < firstFailure.itemIndex) firstFailure = { itemIndex: item.itemIndex, error };
		}
	};
	const tasks = planRequests(op, prepared, options.batchSize).map((planned) => ({
		keys: planned.keys,
		run: async () => {
			await limiter?.wait();
			let response: ApiResponse;
			try {
				response = await client.send(planned.request);
			} catch (error) {
				return fail(
					planned,
					(i) =>
						error instanceof TransportError
							? transportError(node, error, i)
							: new NodeOperationError(node, error as Error, { itemIndex: i }),
					op.method !== 'GET' && (!(error instanceof TransportError) || error.mayHaveBeenProcessed),
				);
			}
			if (response.status < 200 || response.status >= 300) return fail(planned, (i) => apiError(node, response, i));
			// Only 204 may be empty: an empty 200 or 201 is as unreadable as a broken one.
			if (response.text !== undefined || (response.body === undefined && response.status !== 204)) {
				return fail(planned, (i) => unreadableResponseError(node, response, i), op.method !== 'GET');
			}
			successOutputs(op, planned, response).forEach((json, k) => {
				outcomes[planned.items[k].itemIndex] = { json };
			});
		},
	}));
	await runScheduled(tasks, options.maxParallel, () => !continueOnFail && firstFailure !== undefined);

	if (firstFailure && !continueOnFail) {
		const { error } = firstFailure;
		error.description = [error.description, describeApplied(outcomes, op.method === 'GET')].filter(Boolean).join('\n\n');
		throw error;
	}
	return [
		outcomes.map((outcome, itemIndex) => ({
			json: outcome && 'json' in outcome ? outcome.json : errorJson(outcome?.error),
			pairedItem: { item: itemIndex },
		})),
	];
}

function errorJson(error: NodeApiError | NodeOperationError | undefined): IDataObject {
	if (!error) return { error: 'Not sent to Talon.One' };
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
	return json;
}
