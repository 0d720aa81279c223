/**
 * Real n8n for end-to-end tests and the sandbox (see README.md here): install it into a cache,
 * create a home with this package, import credentials and workflows, execute them headless, start
 * the editor and use its REST API.
 */
export { ensureN8n, type N8nInstall } from './ensure';
export { createN8nHome, type N8nHome, type N8nHomeOptions } from './home';
export { stageCommunityPackage } from './communityPackage';
export { runCli, type CliResult } from './n8nCli';
export { importCredentials, importWorkflow, publishWorkflow } from './imports';
export { executeWorkflow, executeWorkflows } from './execute';
export { nodeError, nodeOutput, parseRawOutput, type ExecutedRun, type WorkflowRun } from './runs';
export { startEditor, type Editor } from './editor';
export { login, rest, testCredential } from './rest';
export { createHomeWithPackage, loadExamples, NOTIFICATIONS_CREDENTIAL, sandboxCredentials, smtpCredential, SMTP_CREDENTIAL } from './sandbox';
export { startSmtpSink, type SmtpMessage, type SmtpSink } from './smtp';
export { activateWorkflow, executionOutput, executionsOf, productionWebhookUrl, waitForExecutions, waitForWebhook, type ExecutionSummary } from './activation';
