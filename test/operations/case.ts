import type { IDataObject, INodeParameters } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import type { Scheme } from '../support/talonOne';

/** One workflow run of one operation: what goes in, the exact request expected, and what comes out. */
export interface OperationCase {
	operationId: string;
	title: string;
	parameters: INodeParameters;
	inputItems?: IDataObject[];
	scheme?: Scheme;
	/** Data the run starts from beyond the seeded one, e.g. a closed order (`server.given`). */
	setup?: (server: FakeTalonOne) => void;
	/** Every request the run must send, in order. */
	requests: Array<{ method: string; rawTarget: string; body?: unknown }>;
	/** The input item of each output item, for reads that output one item per record; default one output per input item. */
	pairedItems?: number[];
	verify: (output: IDataObject[], server: FakeTalonOne) => void;
}
