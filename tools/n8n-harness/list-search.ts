import { ExecutionLifecycleHooks, LoadOptionsContext } from 'n8n-core';
import { NodeHelpers } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject, INodeListSearchResult, INodeParameters, INodePropertyOptions, INodeType } from 'n8n-workflow';

import { createAdditionalData } from './additional-data';
import { HarnessCredentialsHelper } from './credentials-helper';
import { prepareN8nEnvironment } from './environment';
import { HarnessNodeTypes } from './node-types';
import { ItemsSourceNode, SOURCE_NODE_TYPE } from './source-node';
import { buildWorkflow, NODE_UNDER_TEST_NAME } from './workflow';

export interface ListSearchOptions {
	nodeType: INodeType;
	/** The node's parameters as the editor holds them while the list is open. */
	parameters: INodeParameters;
	credentials: Record<string, ICredentialDataDecryptedObject>;
	/** The name in `methods.listSearch` (or `methods.loadOptions`). */
	method: string;
	filter?: string;
	paginationToken?: string;
}

/** n8n-core's real `LoadOptionsContext` for the node in a workflow, with its credentials and the parameters being edited. */
function loadOptionsContext(opts: Omit<ListSearchOptions, 'method' | 'filter' | 'paginationToken'>): LoadOptionsContext {
	prepareN8nEnvironment();
	const nodeTypeName = 'n8n-nodes-talon-one.talonOne';
	const nodeTypes = new HarnessNodeTypes().register(SOURCE_NODE_TYPE, new ItemsSourceNode()).register(nodeTypeName, opts.nodeType);
	const { workflow, workflowData } = buildWorkflow({ nodeType: opts.nodeType, parameters: opts.parameters, credentials: opts.credentials }, nodeTypeName, nodeTypes);
	const credentialsHelper = new HarnessCredentialsHelper();
	credentialsHelper.setCredentials(opts.credentials);
	const additionalData = createAdditionalData(new ExecutionLifecycleHooks('manual', 'list-search', workflowData), 'list-search', credentialsHelper);
	// n8n's editor sends the parameters being edited along; the context reads them from here.
	additionalData.currentNodeParameters = opts.parameters;
	const node = workflow.getNode(NODE_UNDER_TEST_NAME)!;
	return new LoadOptionsContext(workflow, node, additionalData, 'parameters');
}

/** Loads one page of a searchable list (a resource locator's From List) the way n8n's editor does. */
export async function listSearch(opts: ListSearchOptions): Promise<INodeListSearchResult> {
	const method = NodeHelpers.getVersionedNodeType(opts.nodeType).methods?.listSearch?.[opts.method];
	if (!method) throw new Error(`[test harness] methods.listSearch.${opts.method} is not defined`);
	return await method.call(loadOptionsContext(opts), opts.filter, opts.paginationToken);
}

/** Loads a multi-select's entries (`typeOptions.loadOptionsMethod`) the way n8n's editor does. */
export async function loadOptions(opts: Omit<ListSearchOptions, 'filter' | 'paginationToken'>): Promise<INodePropertyOptions[]> {
	const method = NodeHelpers.getVersionedNodeType(opts.nodeType).methods?.loadOptions?.[opts.method];
	if (!method) throw new Error(`[test harness] methods.loadOptions.${opts.method} is not defined`);
	return await method.call(loadOptionsContext(opts));
}
