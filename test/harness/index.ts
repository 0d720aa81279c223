export { runNode, testCredential, DEFAULT_NODE_TYPE_NAME, SOURCE_NODE_NAME, NODE_UNDER_TEST_NAME } from './run-workflow';
export type { RunNodeOptions, RunNodeResult } from './run-workflow';
export { HarnessCredentialsHelper } from './credentials-helper';
export { HarnessNodeTypes } from './node-types';
export { ItemsSourceNode, SOURCE_NODE_TYPE } from './source-node';
export { prepareN8nEnvironment, HARNESS_USER_FOLDER } from './environment';
