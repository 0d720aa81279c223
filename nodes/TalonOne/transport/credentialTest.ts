import type { ICredentialDataDecryptedObject, INodeCredentialTestResult } from 'n8n-workflow';
import { TalonOneClient, TransportError } from './client';
import { CredentialError, parseCredentials } from './credentials';

/**
 * Asks Talon.One for the reservations of a coupon code that cannot exist: a valid key gets
 * "not found" (or an empty list), an invalid one gets 401/403. Nothing is changed.
 */
export async function testCredentials(data: ICredentialDataDecryptedObject): Promise<INodeCredentialTestResult> {
	try {
		const credentials = parseCredentials(data);
		const client = new TalonOneClient(credentials, { timeoutMs: 15_000 });
		const response = await client.send({
			method: 'GET',
			path: '/v1/coupon_reservations/customerprofiles/n8n-credential-test',
			auth: ['apiKey', 'signing'],
		});
		if ((response.status >= 200 && response.status < 300) || response.status === 404) {
			return { status: 'OK', message: 'Connection successful: Talon.One accepted the credentials' };
		}
		if (response.status === 401 || response.status === 403) {
			return {
				status: 'Error',
				message: `Talon.One rejected the credentials (HTTP ${response.status}): check the API key and that it belongs to the Application of this deployment`,
			};
		}
		return { status: 'Error', message: `Talon.One answered HTTP ${response.status}: check the Base URL` };
	} catch (error) {
		const known = error instanceof CredentialError || error instanceof TransportError;
		return { status: 'Error', message: known ? error.message : `The test failed unexpectedly: ${(error as Error).message}` };
	}
}
