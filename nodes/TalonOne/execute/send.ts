import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INode } from 'n8n-workflow';
import { Unaccounted } from '../operations/batchAnswers';
import type { OperationDefinition } from '../operations/types';
import { TransportError, type ApiResponse, type TalonOneClient } from '../transport/client';
import { apiError, transportError, unreadableResponseError } from '../transport/errors';
import type { Outcomes } from './outcomes';
import { sendKeepingCurrent } from './keepCurrent';
import { sendPaged } from './paginate';
import type { PlannedRequest } from './plan';
import { withItemPointers } from './pointers';

/** The output items of each input item the request carried, in the order of `planned.items`. */
function successOutputs(op: OperationDefinition, planned: PlannedRequest, response: ApiResponse): Array<IDataObject[] | Unaccounted> {
	const units = planned.items.map((item) => item.body ?? {});
	if (op.batch) return op.batch.splitResponse(response.body, units).map((output) => (output instanceof Unaccounted ? output : [output]));
	const item = planned.items[0];
	if ((op.answerIsList || op.paginate || op.unpagedList) && Array.isArray(response.body?.data)) {
		const records = response.body.data as IDataObject[];
		return [op.listOutputs ? op.listOutputs(records, item) : records];
	}
	if (response.body === undefined) return [[{ success: true, ...item.identity }]];
	return [[item.simplify && op.simplify ? op.simplify(response.body, item) : response.body]];
}

/** Sends one planned request (all pages of a paged read) and records the outcome of every item it carries. */
export async function sendPlanned(
	ctx: IExecuteFunctions,
	op: OperationDefinition,
	client: TalonOneClient,
	planned: PlannedRequest,
	outcomes: Outcomes,
): Promise<void> {
	// n8n deep-copies the node on every getNode(): only a failure needs it.
	let copy: INode | undefined;
	const node = () => (copy ??= ctx.getNode());
	let response: ApiResponse;
	try {
		const send = (request: typeof planned.request) => client.send(request);
		if (op.paginate) response = await sendPaged(send, planned.request, op.paginate, planned.items[0].recordLimit!);
		else if (op.keepCurrent) response = await sendKeepingCurrent(send, planned.request, op.keepCurrent);
		else response = await client.send(planned.request);
	} catch (error) {
		if (error instanceof TransportError) {
			return outcomes.fail(planned, (i) => transportError(node(), error, i), { uncertain: op.method !== 'GET' && error.mayHaveBeenProcessed });
		}
		// The client reports every failure after the request started as a TransportError: this one came before.
		return outcomes.fail(planned, (i) => new NodeOperationError(node(), error as Error, { itemIndex: i, description: 'Nothing was sent to Talon.One.' }), {
			notSent: true,
		});
	}
	if (response.status < 200 || response.status >= 300) {
		const located = withItemPointers(op, planned, response);
		return outcomes.fail(planned, (i) => {
			const error = apiError(node(), located.response, i);
			if (located.batchNote) error.description = [error.description, located.batchNote].filter(Boolean).join('\n');
			return error;
		});
	}
	// Only 204 may be empty: an empty 200 or 201 is as unreadable as a broken one.
	if (response.text !== undefined || (response.body === undefined && response.status !== 204)) {
		return outcomes.fail(planned, (i) => unreadableResponseError(node(), response, i), { uncertain: op.method !== 'GET' });
	}
	successOutputs(op, planned, response).forEach((output, k) => {
		const { itemIndex } = planned.items[k];
		if (!(output instanceof Unaccounted)) return outcomes.succeed(itemIndex, output);
		const error = new NodeOperationError(node(), `Item ${itemIndex + 1}: ${output.message}`, { itemIndex, description: output.description });
		outcomes.failItem(itemIndex, error, { uncertain: true, partial: output.partial });
	});
}
