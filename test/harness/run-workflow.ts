/**
 * Runs a node inside n8n's real execution engine (n8n-core `WorkflowExecute`), so parameter
 * defaults, expression resolution (`={{ $json.x }}`), `getCredentials`, `continueOnFail`,
 * `pairedItem` handling and error wrapping behave exactly as in n8n.
 *
 * The workflow is `Harness Items` (test-only source node emitting `inputItems`) -> node under test.
 */
import { CredentialTestContext, ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import {
	NodeConnectionTypes,
	NodeHelpers,
	Workflow,
	createRunExecutionData,
	deepCopy,
} from 'n8n-workflow';
import type {
	ExecutionBaseError,
	ExecutionError,
	ICredentialDataDecryptedObject,
	ICredentialTestFunction,
	ICredentialsDecrypted,
	IConnections,
	IDataObject,
	INode,
	INodeCredentialTestResult,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IRun,
	IRunData,
	IVersionedNodeType,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';

import { HarnessCredentialsHelper } from './credentials-helper';
import { prepareN8nEnvironment } from './environment';
import { HarnessNodeTypes } from './node-types';
import { ItemsSourceNode, SOURCE_NODE_TYPE } from './source-node';

export const DEFAULT_NODE_TYPE_NAME = 'n8n-nodes-talon-one.talonOne';
export const SOURCE_NODE_NAME = 'Harness Items';
export const NODE_UNDER_TEST_NAME = 'Node Under Test';

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

function latestTypeVersion(nodeType: INodeType | IVersionedNodeType): number {
	if ('nodeVersions' in nodeType) return nodeType.currentVersion;
	const { version } = nodeType.description;
	return Array.isArray(version) ? Math.max(...version) : version;
}

function notAvailable(what: string): never {
	throw new Error(`[test harness] ${what} is not available in the node test harness`);
}

function createAdditionalData(
	hooks: ExecutionLifecycleHooks,
	executionId: string,
	credentialsHelper: HarnessCredentialsHelper,
): IWorkflowExecuteAdditionalData {
	const additionalData: Omit<IWorkflowExecuteAdditionalData, 'externalSecretsProxy'> = {
		hooks,
		executionId,
		credentialsHelper,
		currentNodeExecutionIndex: 0,
		// Leave undefined so the engine reads parameters from the node itself.
		currentNodeParameters: undefined,
		variables: {},
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		formBaseUrl: 'http://localhost:5678/form',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		formTestBaseUrl: 'http://localhost:5678/form-test',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		mcpBaseUrl: 'http://localhost:5678/mcp',
		mcpTestBaseUrl: 'http://localhost:5678/mcp-test',
		executeWorkflow: async () => notAvailable('executeWorkflow'),
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		logAiEvent: () => undefined,
		startRunnerTask: async () => notAvailable('startRunnerTask (Code node task runner)'),
	};
	// externalSecretsProxy is only read when a credential references $secrets; the
	// harness passes plain credentials, so it is deliberately left out.
	return additionalData as IWorkflowExecuteAdditionalData;
}

/** Runs `opts.nodeType` once in a real two-node workflow and returns its output and error. */
export async function runNode(opts: RunNodeOptions): Promise<RunNodeResult> {
	prepareN8nEnvironment();

	const nodeTypeName = opts.nodeTypeName ?? DEFAULT_NODE_TYPE_NAME;
	const thrownErrors: unknown[] = [];
	const nodeTypes = new HarnessNodeTypes()
		.register(SOURCE_NODE_TYPE, sourceNodeType)
		.register(nodeTypeName, opts.nodeType, (thrown) => thrownErrors.push(thrown));

	const sourceNode: INode = {
		id: 'harness-source',
		name: SOURCE_NODE_NAME,
		type: SOURCE_NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const nodeUnderTest: INode = {
		id: 'harness-node-under-test',
		name: NODE_UNDER_TEST_NAME,
		type: nodeTypeName,
		typeVersion: latestTypeVersion(opts.nodeType),
		position: [250, 0],
		// Workflow's constructor fills in parameter defaults in place, so hand it a copy.
		parameters: deepCopy(opts.parameters),
	};
	if (opts.credentials) {
		nodeUnderTest.credentials = {};
		Object.keys(opts.credentials).forEach((type, index) => {
			nodeUnderTest.credentials![type] = { id: String(index + 1), name: 'Test' };
		});
	}
	if (opts.continueOnFail) {
		nodeUnderTest.onError = 'continueRegularOutput';
		nodeUnderTest.continueOnFail = true;
	}

	const connections: IConnections = {
		[SOURCE_NODE_NAME]: {
			[NodeConnectionTypes.Main]: [
				[{ node: NODE_UNDER_TEST_NAME, type: NodeConnectionTypes.Main, index: 0 }],
			],
		},
	};
	const nodes = [sourceNode, nodeUnderTest];
	const workflowId = 'harness-workflow';
	const workflow = new Workflow({
		id: workflowId,
		name: 'Node test harness',
		nodes,
		connections,
		nodeTypes,
		active: false,
		settings: { executionOrder: 'v1' },
	});

	const credentialsHelper = new HarnessCredentialsHelper();
	credentialsHelper.setCredentials(opts.credentials ?? {});

	const executionId = String(++executionCounter);
	const workflowData: IWorkflowBase = {
		id: workflowId,
		name: 'Node test harness',
		active: false,
		isArchived: false,
		activeVersionId: null,
		createdAt: new Date(0),
		updatedAt: new Date(0),
		nodes,
		connections,
		settings: { executionOrder: 'v1' },
	};
	const hooks = new ExecutionLifecycleHooks('manual', executionId, workflowData);
	const additionalData = createAdditionalData(hooks, executionId, credentialsHelper);

	const inputItems: INodeExecutionData[] = (opts.inputItems ?? [{}]).map((json) => ({
		json: deepCopy(json),
	}));
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [
				{ node: workflow.getNode(SOURCE_NODE_NAME)!, data: { main: [inputItems] }, source: null },
			],
		},
	});

	const workflowExecute = new WorkflowExecute(additionalData, 'manual', runExecutionData);
	const run: IRun = await workflowExecute.processRunExecutionData(workflow);

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

/**
 * Runs the node-level credential test declared for `credentialName` (the function named by
 * `description.credentials[].testedBy` in `methods.credentialTest`) the way n8n's
 * CredentialsTester does: `this` is n8n-core's real `CredentialTestContext`
 * (`helpers.request` = legacy request helper backed by axios, plus `logger`), and the
 * argument is an `ICredentialsDecrypted` whose `data` is the given object.
 */
export async function testCredential(
	nodeType: INodeType | IVersionedNodeType,
	credentialName: string,
	data: ICredentialDataDecryptedObject,
): Promise<INodeCredentialTestResult> {
	prepareN8nEnvironment();

	const type = NodeHelpers.getVersionedNodeType(nodeType);
	const credentialDescription = type.description.credentials?.find((c) => c.name === credentialName);
	if (!credentialDescription) {
		throw new Error(`[test harness] Node does not declare credential "${credentialName}"`);
	}
	const { testedBy } = credentialDescription;
	if (typeof testedBy !== 'string') {
		throw new Error(
			`[test harness] Credential "${credentialName}" has no function-based testedBy (got ${JSON.stringify(testedBy)})`,
		);
	}
	const testFunction: ICredentialTestFunction | undefined = type.methods?.credentialTest?.[testedBy];
	if (typeof testFunction !== 'function') {
		throw new Error(`[test harness] methods.credentialTest.${testedBy} is not defined`);
	}

	const credentials: ICredentialsDecrypted = {
		id: 'harness-credential',
		name: 'Test',
		type: credentialName,
		data: deepCopy(data),
	};
	return await testFunction.call(new CredentialTestContext(), credentials);
}
