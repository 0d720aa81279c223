import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';
import { limitField } from '../description/pagination';
import { InputError } from '../fields/inputError';
import { formatInputError } from '../fields/messages';
import { findOperation, resources } from '../operations';
import type { OperationDefinition } from '../operations/types';
import type { TalonOneClient } from '../transport/client';
import { createClient } from '../transport/clientFactory';
import { CredentialError } from '../transport/credentials';
import { operationError } from '../transport/errors';
import { readOptions, RETRY_BUDGET, type ExecutionOptions } from './options';
import { Outcomes } from './outcomes';
import { ItemParameters } from './parameters';
import { planRequests } from './plan';
import { prepareItem, type PreparedItem } from './prepare';
import { RateLimiter, runScheduled } from './scheduler';
import { sendPlanned } from './send';
import { Throttle } from './throttle';

function inputErrorToNodeError(ctx: IExecuteFunctions, op: OperationDefinition, error: InputError, itemIndex: number, stopping: boolean) {
	const query = [...(op.queryFields ?? []), ...(op.paginate ? [limitField] : [])];
	const fields = error.location === 'path' ? op.pathFields : error.location === 'query' ? query : op.bodyFields;
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

/** The client, or for a credential that cannot call the operation (e.g. no Management API key) the error every item gets. */
async function clientFor(ctx: IExecuteFunctions, op: OperationDefinition, options: ExecutionOptions, throttle: Throttle): Promise<TalonOneClient | CredentialError> {
	try {
		return await createClient(ctx, op.auth, `${resourceName(op)}: ${op.displayName}`, {
			timeoutMs: options.timeoutMs,
			retry: { maxRetries: options.maxRetries, maxTotalWaitMs: RETRY_BUDGET.maxTotalWaitMs, baseDelayMs: RETRY_BUDGET.baseDelayMs },
			observer: throttle,
		});
	} catch (error) {
		if (error instanceof CredentialError) return error;
		throw new NodeOperationError(ctx.getNode(), error as Error);
	}
}

function resourceName(op: OperationDefinition): string {
	return resources.find((r) => r.value === op.resource)?.displayName ?? op.resource;
}

/** Nothing is sent: without Continue On Fail the run stops, with it every item outputs the error. */
function credentialFailure(ctx: IExecuteFunctions, error: CredentialError, continueOnFail: boolean): INodeExecutionData[][] {
	const description = 'Nothing was sent to Talon.One.';
	if (!continueOnFail) throw operationError(ctx.getNode(), error.message, { description });
	const outcomes = new Outcomes(ctx.getInputData().length);
	ctx.getInputData().forEach((_item, itemIndex) => outcomes.reject(itemIndex, operationError(ctx.getNode(), error.message, { itemIndex, description })));
	return [outcomes.toOutput()];
}

/** Validates every item before anything is sent; without Continue On Fail, one invalid item stops the run. */
function prepareAll(ctx: IExecuteFunctions, op: OperationDefinition, outcomes: Outcomes, continueOnFail: boolean): PreparedItem[] {
	const params = new ItemParameters(ctx);
	const timeZone = ctx.getTimezone();
	const prepared: PreparedItem[] = [];
	for (let i = 0; i < ctx.getInputData().length; i++) {
		try {
			prepared.push(prepareItem(params, op, i, timeZone));
		} catch (error) {
			const nodeError =
				error instanceof InputError
					? inputErrorToNodeError(ctx, op, error, i, !continueOnFail)
					: new NodeOperationError(ctx.getNode(), error as Error, { itemIndex: i });
			if (!continueOnFail) throw nodeError;
			outcomes.reject(i, nodeError);
		}
	}
	return prepared;
}

export async function execute(ctx: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const resource = ctx.getNodeParameter('resource', 0) as string;
	const operation = ctx.getNodeParameter('operation', 0) as string;
	const op = findOperation(resource, operation);
	if (!op) throw new NodeOperationError(ctx.getNode(), `Unknown operation "${resource} / ${operation}"`);

	const options = readOptions(ctx, op.batch !== undefined);
	const throttle = new Throttle(options.parallel);
	const continueOnFail = ctx.continueOnFail();
	const client = await clientFor(ctx, op, options, throttle);
	if (client instanceof CredentialError) return credentialFailure(ctx, client, continueOnFail);
	const limiter = options.maxRequestsPerSecond ? new RateLimiter(options.maxRequestsPerSecond) : undefined;
	const outcomes = new Outcomes(ctx.getInputData().length);
	const prepared = prepareAll(ctx, op, outcomes, continueOnFail);

	const tasks = planRequests(op, prepared, options.batchSize).map((planned) => ({
		keys: planned.keys,
		run: async () => {
			await limiter?.wait();
			await sendPlanned(ctx, op, client, planned, outcomes);
		},
	}));
	await runScheduled(tasks, throttle, () => !continueOnFail && outcomes.failed);

	const stop = continueOnFail ? undefined : outcomes.stopError(op);
	if (stop) throw stop;
	return [outcomes.toOutput()];
}
