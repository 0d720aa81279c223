/**
 * Runs a node inside n8n's real execution engine (n8n-core `WorkflowExecute`), so parameter
 * defaults, expression resolution (`={{ $json.x }}`), `getCredentials`, `continueOnFail`,
 * `pairedItem` handling and error wrapping behave exactly as in n8n.
 *
 * The workflow is `Harness Items` (test-only source node emitting `inputItems`) -> node under test.
 */
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import { NodeConnectionTypes, createRunExecutionData, deepCopy } from 'n8n-workflow';
import type {
	ExecutionBaseError,
	ExecutionError,
	ICredentialDataDecryptedObject,
	IDataObject,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IRun,
	IRunData,
	IVersionedNodeType,
} from 'n8n-workflow';

import { createAdditionalData } from './additional-data';
import { HarnessCredentialsHelper } from './credentials-helper';
import { prepareN8nEnvironment } from './environment';
import { HarnessNodeTypes } from './node-types';
import { ItemsSourceNode, SOURCE_NODE_TYPE } from './source-node';
import { buildWorkflow, NODE_UNDER_TEST_NAME, SOURCE_NODE_NAME } from './workflow';

const DEFAULT_NODE_TYPE_NAME = 'n8n-nodes-talon-one.talonOne';

export interface RunNodeOptions {
	nodeType: INodeType | IVersionedNodeType;
	/** Defaults to 'n8n-nodes-talon-one.talonOne'. */
	nodeTypeName?: string;
	/** May contain n8n expressions like '={{ $json.sessionId }}'. */
	parameters: INodeParameters;
	/** Credential data by credential type name, e.g. { talonOneApi: {...} }. */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** Items fed into the node by the preceding source node (default [{}]). */
	inputItems?: IDataObject[];
	/** Sets node.onError = 'continueRegularOutput' (and the legacy continueOnFail: true). */
	continueOnFail?: boolean;
}

export interface RunNodeResult {
	/** The node's main output 0 (empty array if none). */
	items: INodeExecutionData[];
	/** The node's error when the workflow failed (the real NodeOperationError/NodeApiError instance). */
	error?: ExecutionBaseError | Error;
	runData: IRunData;
}

// Stateless, so shared by all runs. Everything run-specific (node types registry, credentials
// helper, hooks, additional data) is created per run, so concurrent runNode() calls are safe.
const sourceNodeType = new ItemsSourceNode();
let executionCounter = 0;

/** Runs `opts.nodeType` once in a real two-node workflow and returns its output and error. */
export async function runNode(opts: RunNodeOptions): Promise<RunNodeResult> {
	prepareN8nEnvironment();

	const nodeTypeName = opts.nodeTypeName ?? DEFAULT_NODE_TYPE_NAME;
	const thrownErrors: unknown[] = [];
	const nodeTypes = new HarnessNodeTypes()
		.register(SOURCE_NODE_TYPE, sourceNodeType)
		.register(nodeTypeName, opts.nodeType, (thrown) => thrownErrors.push(thrown));
	const { workflow, workflowData } = buildWorkflow(opts, nodeTypeName, nodeTypes);

	const credentialsHelper = new HarnessCredentialsHelper();
	credentialsHelper.setCredentials(opts.credentials ?? {});
	const executionId = String(++executionCounter);
	const hooks = new ExecutionLifecycleHooks('manual', executionId, workflowData);
	const additionalData = createAdditionalData(hooks, executionId, credentialsHelper);

	const inputItems: INodeExecutionData[] = (opts.inputItems ?? [{}]).map((json) => ({ json: deepCopy(json) }));
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node: workflow.getNode(SOURCE_NODE_NAME)!, data: { main: [inputItems] }, source: null }],
		},
	});
	const run: IRun = await new WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(workflow);

	const runData = run.data.resultData.runData;
	const task = runData[NODE_UNDER_TEST_NAME]?.[0];
	const items = task?.data?.[NodeConnectionTypes.Main]?.[0] ?? [];
	const storedError = task?.error ?? run.data.resultData.error;
	const result: RunNodeResult = { items, runData };
	if (storedError) result.error = originalError(storedError, thrownErrors);
	return result;
}

/**
 * n8n-core stores `{ ...error, message, stack }` (a plain object) in the run data. Give the
 * test the instance the node actually threw when the stored copy was made from it (same
 * stack and message); otherwise (e.g. an axios error n8n wrapped into a NodeApiError, or an
 * error raised outside `execute`) return the stored copy, which still carries `message`,
 * `description`, `context.itemIndex`, `httpCode`, ... as own properties.
 */
function originalError(stored: ExecutionError, thrownErrors: unknown[]): ExecutionBaseError | Error {
	for (let i = thrownErrors.length - 1; i >= 0; i--) {
		const thrown = thrownErrors[i];
		if (thrown instanceof Error && thrown.stack === stored.stack && thrown.message === stored.message) {
			return thrown;
		}
	}
	return stored;
}
