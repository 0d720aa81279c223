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
import { Unaccounted } from '../operations/batchAnswers';
import type { OperationDefinition } from '../operations/types';
import { TalonOneClient, TransportError, type ApiResponse } from '../transport/client';
import { createClient } from '../transport/clientFactory';
import { CredentialError } from '../transport/credentials';
import { apiError, operationError, transportError, unreadableResponseError } from '../transport/errors';
import { readOptions, RETRY_BUDGET } from './options';
import { sendPaged, type RecordLimit } from './paginate';
import { planRequests, type PlannedRequest } from './plan';
import { ItemParameters } from './parameters';
import { withItemPointers } from './pointers';
import { prepareItem, type PreparedItem } from './prepare';
import { RateLimiter, runScheduled } from './scheduler';
import { describeApplied } from './summary';
import { shapeAnswer, simplifyProperty } from '../response/simplify';

interface FailureFlags {
	/** The request may have been applied although it failed (timeout, reset, unreadable 2xx answer). */
	uncertain?: boolean;
	/** The request certainly never left this machine. */
	notSent?: boolean;
	/** What Talon.One's answer did have for the item, kept in its error item. */
	partial?: IDataObject;
}

type Outcome = { json: IDataObject[] } | ({ error: NodeApiError | NodeOperationError } & FailureFlags);

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

/** The output items of each input item the request carried, in the order of `planned.items`. */
function successOutputs(
	op: OperationDefinition,
	planned: PlannedRequest,
	response: ApiResponse,
	simplify: (itemIndex: number) => boolean,
): Array<IDataObject[] | Unaccounted> {
	const units = planned.items.map((item) => item.body ?? {});
	if (op.batch) return op.batch.splitResponse(response.body, units).map((output) => (output instanceof Unaccounted ? output : [output]));
	const item = planned.items[0];
	if (op.paginate) return [response.body?.data as IDataObject[]];
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
	const timeZone = ctx.getTimezone();
	const limiter = options.maxRequestsPerSecond ? new RateLimiter(options.maxRequestsPerSecond) : undefined;
	try {
		client = await createClient(ctx, op.auth, op.displayName, {
			timeoutMs: options.timeoutMs,
			retry: { maxRetries: options.maxRetries, maxTotalWaitMs: RETRY_BUDGET.maxTotalWaitMs, baseDelayMs: RETRY_BUDGET.baseDelayMs },
		});
	} catch (error) {
		throw error instanceof CredentialError ? operationError(ctx.getNode(), error.message) : new NodeOperationError(ctx.getNode(), error as Error);
	}

	const continueOnFail = ctx.continueOnFail();
	const outcomes: Array<Outcome | undefined> = Array.from({ length: items.length }, () => undefined);
	const prepared: PreparedItem[] = [];
	const params = new ItemParameters(ctx);
	const simplify = (itemIndex: number) => params.get(simplifyProperty.name, itemIndex, simplifyProperty.default) === true;
	for (let i = 0; i < items.length; i++) {
		try {
			prepared.push(prepareItem(params, op, i, timeZone));
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
	const failItem = (itemIndex: number, error: NodeApiError | NodeOperationError, flags: FailureFlags) => {
		outcomes[itemIndex] = { error, ...flags };
		if (!firstFailure || itemIndex < firstFailure.itemIndex) firstFailure = { itemIndex, error };
	};
	const fail = (planned: PlannedRequest, makeError: (itemIndex: number) => NodeApiError | NodeOperationError, flags: FailureFlags = {}) => {
		for (const item of planned.items) failItem(item.itemIndex, makeError(item.itemIndex), flags);
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
				if (error instanceof TransportError) {
					return fail(planned, (i) => transportError(node, error, i), { uncertain: op.method !== 'GET' && error.mayHaveBeenProcessed });
				}
				// The client reports every failure after the request started as a TransportError: this one came before.
				return fail(planned, (i) => new NodeOperationError(node, error as Error, { itemIndex: i, description: 'Nothing was sent to Talon.One.' }), { notSent: true });
			}
			if (response.status < 200 || response.status >= 300) {
				const located = withItemPointers(op, planned, response);
				return fail(planned, (i) => {
					const error = apiError(node, located.response, i);
					if (located.batchNote) error.description = [error.description, located.batchNote].filter(Boolean).join('\n');
					return error;
				});
			}
			// Only 204 may be empty: an empty 200 or 201 is as unreadable as a broken one.
			if (response.text !== undefined || (response.body === undefined && response.status !== 204)) {
				return fail(planned, (i) => unreadableResponseError(node, response, i), { uncertain: op.method !== 'GET' });
			}
			successOutputs(op, planned, response, simplify).forEach((output, k) => {
				const { itemIndex } = planned.items[k];
				if (!(output instanceof Unaccounted)) {
					outcomes[itemIndex] = { json: output };
					return;
				}
				const error = new NodeOperationError(node, `Item ${itemIndex + 1}: ${output.message}`, { itemIndex, description: output.description });
				failItem(itemIndex, error, { uncertain: true, partial: output.partial });
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
		outcomes.flatMap((outcome, itemIndex) =>
			(outcome && 'json' in outcome ? outcome.json : [errorJson(outcome)]).map((json) => ({ json, pairedItem: { item: itemIndex } })),
		),
	];
}

function errorJson(outcome: Exclude<Outcome, { json: IDataObject[] }> | undefined): IDataObject {
	if (!outcome) return { error: 'Not sent to Talon.One' };
	const { error, partial } = outcome;
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
	return { ...partial, ...json };
}
