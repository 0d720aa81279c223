import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';
import { limitField } from '../description/pagination';
import { InputError } from '../fields/inputError';
import { formatInputError } from '../fields/messages';
import { findOperation } from '../operations';
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

async function clientFor(ctx: IExecuteFunctions, op: OperationDefinition, options: ExecutionOptions, throttle: Throttle): Promise<TalonOneClient> {
	try {
		return await createClient(ctx, op.auth, op.displayName, {
			timeoutMs: options.timeoutMs,
			retry: { maxRetries: options.maxRetries, maxTotalWaitMs: RETRY_BUDGET.maxTotalWaitMs, baseDelayMs: RETRY_BUDGET.baseDelayMs },
			observer: throttle,
		});
	} catch (error) {
		throw error instanceof CredentialError ? operationError(ctx.getNode(), error.message) : new NodeOperationError(ctx.getNode(), error as Error);
	}
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
	const client = await clientFor(ctx, op, options, throttle);
	const limiter = options.maxRequestsPerSecond ? new RateLimiter(options.maxRequestsPerSecond) : undefined;
	const continueOnFail = ctx.continueOnFail();
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
