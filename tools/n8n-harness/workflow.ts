import { NodeConnectionTypes, Workflow, deepCopy } from 'n8n-workflow';
import type { IConnections, INode, INodeTypes, IWorkflowBase } from 'n8n-workflow';

import type { RunNodeOptions } from './run-workflow';
import { SOURCE_NODE_TYPE } from './source-node';

export const SOURCE_NODE_NAME = 'Harness Items';
export const NODE_UNDER_TEST_NAME = 'Node Under Test';
const WORKFLOW_ID = 'harness-workflow';
const WORKFLOW_NAME = 'Node test harness';

function latestTypeVersion(nodeType: RunNodeOptions['nodeType']): number {
	if ('nodeVersions' in nodeType) return nodeType.currentVersion;
	const { version } = nodeType.description;
	return Array.isArray(version) ? Math.max(...version) : version;
}

function nodeUnderTest(opts: RunNodeOptions, nodeTypeName: string): INode {
	const node: INode = {
		id: 'harness-node-under-test',
		name: NODE_UNDER_TEST_NAME,
		type: nodeTypeName,
		typeVersion: latestTypeVersion(opts.nodeType),
		position: [250, 0],
		// Workflow's constructor fills in parameter defaults in place, so hand it a copy.
		parameters: deepCopy(opts.parameters),
	};
	if (opts.credentials) {
		node.credentials = {};
		Object.keys(opts.credentials).forEach((type, index) => {
			node.credentials![type] = { id: String(index + 1), name: 'Test' };
		});
	}
	if (opts.continueOnFail) {
		node.onError = 'continueRegularOutput';
		node.continueOnFail = true;
	}
	return node;
}

/** The two-node workflow `Harness Items` -> node under test, as n8n's Workflow and as stored workflow data. */
export function buildWorkflow(opts: RunNodeOptions, nodeTypeName: string, nodeTypes: INodeTypes): { workflow: Workflow; workflowData: IWorkflowBase } {
	const sourceNode: INode = {
		id: 'harness-source',
		name: SOURCE_NODE_NAME,
		type: SOURCE_NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const connections: IConnections = {
		[SOURCE_NODE_NAME]: {
			[NodeConnectionTypes.Main]: [[{ node: NODE_UNDER_TEST_NAME, type: NodeConnectionTypes.Main, index: 0 }]],
		},
	};
	const nodes = [sourceNode, nodeUnderTest(opts, nodeTypeName)];
	const settings = { executionOrder: 'v1' } as const;
	const workflow = new Workflow({ id: WORKFLOW_ID, name: WORKFLOW_NAME, nodes, connections, nodeTypes, active: false, settings });
	const workflowData: IWorkflowBase = {
		id: WORKFLOW_ID,
		name: WORKFLOW_NAME,
		active: false,
		isArchived: false,
		activeVersionId: null,
		createdAt: new Date(0),
		updatedAt: new Date(0),
		nodes,
		connections,
		settings,
	};
	return { workflow, workflowData };
}
