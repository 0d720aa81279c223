import { NodeApiError, type IDataObject, type INodeExecutionData, type NodeOperationError } from 'n8n-workflow';
import type { OperationDefinition } from '../operations/types';
import type { PlannedRequest } from './plan';
import { describeApplied } from './summary';

type NodeError = NodeApiError | NodeOperationError;

export interface FailureFlags {
	/** The request may have been applied although it failed (timeout, reset, unreadable 2xx answer). */
	uncertain?: boolean;
	/** The request certainly never left this machine. */
	notSent?: boolean;
	/** What Talon.One's answer did have for the item, kept in its error item. */
	partial?: IDataObject;
}

type Outcome = { json: IDataObject[] } | ({ error: NodeError } & FailureFlags);

/** What became of each input item: its output items, or its error. An item never reached stays undefined ("not sent"). */
export class Outcomes {
	private readonly byItem: Array<Outcome | undefined>;
	private firstFailure: { itemIndex: number; error: NodeError } | undefined;

	constructor(itemCount: number) {
		this.byItem = Array.from({ length: itemCount }, () => undefined);
	}

	get failed(): boolean {
		return this.firstFailure !== undefined;
	}

	succeed(itemIndex: number, json: IDataObject[]): void {
		this.byItem[itemIndex] = { json };
	}

	/** An input item refused before anything was sent (Continue On Fail). */
	reject(itemIndex: number, error: NodeError): void {
		this.byItem[itemIndex] = { error };
	}

	failItem(itemIndex: number, error: NodeError, flags: FailureFlags): void {
		this.byItem[itemIndex] = { error, ...flags };
		if (!this.firstFailure || itemIndex < this.firstFailure.itemIndex) this.firstFailure = { itemIndex, error };
	}

	fail(planned: PlannedRequest, makeError: (itemIndex: number) => NodeError, flags: FailureFlags = {}): void {
		for (const item of planned.items) this.failItem(item.itemIndex, makeError(item.itemIndex), flags);
	}

	/** The first failure, its description extended by what was applied, maybe applied and not sent. */
	stopError(op: OperationDefinition): NodeError | undefined {
		if (!this.firstFailure) return undefined;
		const { error } = this.firstFailure;
		error.description = [error.description, describeApplied(this.byItem, op.method === 'GET')].filter(Boolean).join('\n\n');
		return error;
	}

	/** Every item's output items, or one error item, each paired with its input item. */
	toOutput(): INodeExecutionData[] {
		return this.byItem.flatMap((outcome, itemIndex) =>
			(outcome && 'json' in outcome ? outcome.json : [errorJson(outcome)]).map((json) => ({ json, pairedItem: { item: itemIndex } })),
		);
	}
}

function errorJson(outcome: Exclude<Outcome, { json: IDataObject[] }> | undefined): IDataObject {
	if (!outcome) return { error: 'Not sent to Talon.One' };
	const { error, partial } = outcome;
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
	return { ...partial, ...json };
}
