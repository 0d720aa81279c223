import type { ExecutionLifecycleHooks } from 'n8n-core';
import type { IWorkflowExecuteAdditionalData } from 'n8n-workflow';
import type { HarnessCredentialsHelper } from './credentials-helper';

function notAvailable(what: string): never {
	throw new Error(`[test harness] ${what} is not available in the node test harness`);
}

/** What n8n-core's engine needs from its host for one execution: hooks, credentials, base URLs. */
export function createAdditionalData(
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
