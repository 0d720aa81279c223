/**
 * Calls a trigger node's `webhook()` as n8n does for one HTTP request: n8n-core's real
 * `WebhookContext` (parameters with their defaults, credentials, node and workflow), over a
 * request and a response object holding what Express would (headers, parsed body, client address;
 * status and JSON). What n8n itself then does with the answer is tested in real n8n (test/e2e).
 */
import { ExecutionLifecycleHooks, WebhookContext } from 'n8n-core';
import { Workflow, deepCopy } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	INode,
	INodeParameters,
	INodeType,
	IWebhookData,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { createAdditionalData } from './additional-data';
import { HarnessCredentialsHelper } from './credentials-helper';
import { prepareN8nEnvironment } from './environment';
import { HarnessNodeTypes } from './node-types';

export interface WebhookCall {
	nodeType: INodeType;
	nodeTypeName: string;
	parameters: INodeParameters;
	credentials: Record<string, ICredentialDataDecryptedObject>;
	/** Header names in lower case, as Node.js gives them. */
	headers: Record<string, string>;
	body: unknown;
	/** The client address Express reports as `req.ip` (default 127.0.0.1). */
	ip?: string;
	/** Same workflow and node id = the same trigger (e.g. for its duplicate window). */
	workflowId?: string;
	nodeId?: string;
}

export interface WebhookResult {
	/** What the node returned to n8n. */
	response: IWebhookResponseData;
	/** What the node answered itself through the response object, if it did. */
	sent?: { status: number; body: unknown };
}

function recordingResponse(result: WebhookResult) {
	let status = 200;
	const res = {
		status(code: number) {
			status = code;
			return res;
		},
		json(body: unknown) {
			result.sent = { status, body };
			return res;
		},
		end(body?: unknown) {
			result.sent = { status, body };
			return res;
		},
	};
	return res;
}

export async function callWebhook(call: WebhookCall): Promise<WebhookResult> {
	prepareN8nEnvironment();
	const nodeTypes = new HarnessNodeTypes().register(call.nodeTypeName, call.nodeType);
	const node: INode = {
		id: call.nodeId ?? 'trigger-node',
		name: 'Trigger',
		type: call.nodeTypeName,
		typeVersion: 1,
		position: [0, 0],
		webhookId: 'harness-webhook',
		parameters: deepCopy(call.parameters),
		credentials: Object.fromEntries(Object.keys(call.credentials).map((type, i) => [type, { id: String(i + 1), name: 'Test' }])),
	};
	const workflowId = call.workflowId ?? 'harness-webhook-workflow';
	const workflow = new Workflow({ id: workflowId, name: 'Webhook harness', nodes: [node], connections: {}, nodeTypes, active: true });
	const credentialsHelper = new HarnessCredentialsHelper();
	credentialsHelper.setCredentials(call.credentials);
	const hooks = new ExecutionLifecycleHooks('webhook', 'webhook-call', {
		id: workflowId,
		name: 'Webhook harness',
		active: true,
		isArchived: false,
		activeVersionId: null,
		createdAt: new Date(0),
		updatedAt: new Date(0),
		nodes: [node],
		connections: {},
	});
	const result = {} as WebhookResult;
	const additionalData: IWorkflowExecuteAdditionalData = {
		...createAdditionalData(hooks, 'webhook-call', credentialsHelper),
		httpRequest: { headers: call.headers, body: call.body, ip: call.ip ?? '127.0.0.1', query: {}, params: {} } as never,
		httpResponse: recordingResponse(result) as never,
	};
	const description = call.nodeType.description.webhooks![0];
	const webhookData: IWebhookData = {
		httpMethod: description.httpMethod as IWebhookData['httpMethod'],
		node: node.name,
		path: String(description.path),
		webhookDescription: description,
		workflowId,
		workflowExecuteAdditionalData: additionalData,
		webhookId: node.webhookId,
	};
	const context = new WebhookContext(workflow, node, additionalData, 'webhook', webhookData, [], null);
	result.response = await call.nodeType.webhook!.call(context);
	return result;
}
