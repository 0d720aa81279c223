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
import { TalonOneClient, TransportError, type ApiResponse } from '../transport/client';
import { createClient } from '../transport/clientFactory';
import { CredentialError } from '../transport/credentials';
import { apiError, transportError, unreadableResponseError } from '../transport/errors';
import { readOptions, RETRY_BUDGET } from './options';
import { sendPaged, type RecordLimit } from './paginate';
import { planRequests, type PlannedRequest } from './plan';
import { ItemParameters } from './parameters';
import { prepareItem, type PreparedItem } from './prepare';
import { RateLimiter, runScheduled } from './scheduler';
import { describeApplied } from './summary';
import { shapeAnswer, simplifyProperty } from '../response/simplify';

/** `uncertain`: the request may have been applied although it failed (timeout, reset, unreadable 2xx answer). */
type Outcome = { json: IDataObject[] } | { error: NodeApiError | NodeOperationError; uncertain?: boolean };

function inputErrorToNodeError(ctx: IExecuteFunctions, op: OperationDefinition, error: InputError, itemIndex: number, stopping: boolean) {
	const fields = error.location === 'path' ? op.pathFields : error.location === 'query' ? op.queryFields : op.bodyFields;
	const message = formatInputError(error, itemIndex, fields ?? [], 'JSON Body');
	return new NodeOperationError(ctx.getNode(), message, {
		itemIndex,
		description: [
			error.hint,
			stopping ? 'Nothing was sent to Talon.One: the node checks every item before it sends any.' : 'Nothing was sent to Talon.One for this item.',
		]
			.filter(Boolean)
			.join(' '),
	});
}

/** The output items of each input item the request carried, in the order of `planned.items`. */
function successOutputs(
	op: OperationDefinition,
	planned: PlannedRequest,
	response: ApiResponse,
	simplify: (itemIndex: number) => boolean,
): IDataObject[][] {
	const units = planned.items.map((item) => item.body ?? {});
	if (op.batch) return op.batch.splitResponse(response.body, units).map((json) => [json]);
	const item = planned.items[0];
	if (op.paginate) return [response.body as IDataObject[]];
	if (response.body === undefined) return [[{ success: true, ...item.identity }]];
	if (Array.isArray(response.body) || typeof response.body !== 'object') return [[{ data: response.body }]];
	return [[shapeAnswer(op, simplify(item.itemIndex), response.body as IDataObject, item)]];
}

function recordLimit(ctx: IExecuteFunctions, itemIndex: number): RecordLimit {
	return {
		returnAll: ctx.getNodeParameter('returnAll', itemIndex, false) as boolean,
		limit: ctx.getNodeParameter('limit', itemIndex, 50) as number,
	};
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
		client = await createClient(ctx, op.auth, op.displayName, {
			timeoutMs: options.timeoutMs,
			retry: { maxRetries: options.maxRetries, maxTotalWaitMs: RETRY_BUDGET.maxTotalWaitMs, baseDelayMs: RETRY_BUDGET.baseDelayMs },
		});
	} catch (error) {
		throw new NodeOperationError(ctx.getNode(), error instanceof CredentialError ? error.message : (error as Error));
	}

	const continueOnFail = ctx.continueOnFail();
	const outcomes: Array<Outcome | undefined> = Array.from({ length: items.length }, () => undefined);
	const prepared: PreparedItem[] = [];
	const params = new ItemParameters(ctx);
	const simplify = (itemIndex: number) => params.get(simplifyProperty.name, itemIndex, simplifyProperty.default) === true;
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
				response = op.paginate
					? await sendPaged((request) => client.send(request), planned.request, op.paginate, recordLimit(ctx, planned.items[0].itemIndex))
					: await client.send(planned.request);
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
			successOutputs(op, planned, response, simplify).forEach((json, k) => {
				outcomes[planned.items[k].itemIndex] = { json };
			});
		},
	}));
	await runScheduled(tasks, options.maxParallel, () => !continueOnFail && firstFailure !== undefined);

	if (firstFailure && !continueOnFail) {
		const { error } = firstFailure;
		error.description = [error.description, describeApplied(outcomes)].filter(Boolean).join('\n\n');
		throw error;
	}
	return [
		outcomes.flatMap((outcome, itemIndex) =>
			(outcome && 'json' in outcome ? outcome.json : [errorJson(outcome?.error)]).map((json) => ({ json, pairedItem: { item: itemIndex } })),
		),
	];
}

function errorJson(error: NodeApiError | NodeOperationError | undefined): IDataObject {
	if (!error) return { error: 'Not sent to Talon.One' };
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
	return json;
}
