import { CredentialTestContext } from 'n8n-core';
import { NodeHelpers, deepCopy } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	ICredentialTestFunction,
	ICredentialsDecrypted,
	INodeCredentialTestResult,
	INodeType,
	IVersionedNodeType,
} from 'n8n-workflow';

import { prepareN8nEnvironment } from './environment';

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
