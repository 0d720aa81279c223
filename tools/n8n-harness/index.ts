/**
 * Runs a node in n8n-core's real execution engine, in process: `runNode` (a source node feeding
 * the items -> the node under test) and `testCredential` (a node's credential test, as n8n runs it).
 */
export { runNode, type RunNodeOptions, type RunNodeResult } from './run-workflow';
export { testCredential } from './credential-test';
export { SOURCE_NODE_NAME, NODE_UNDER_TEST_NAME } from './workflow';
export { listSearch, loadOptions, type ListSearchOptions } from './list-search';
export { callWebhook, type WebhookCall, type WebhookResult } from './webhook';
