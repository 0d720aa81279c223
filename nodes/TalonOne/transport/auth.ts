import { createHmac } from 'node:crypto';
import type { AuthScheme } from './types';
import { CredentialError, type TalonOneCredentials } from './credentials';

/** The seeds' `integration_auth`: hex HMAC-MD5 of the exact body bytes, keyed with the hex-decoded application key. */
export function contentSignature(applicationId: number, applicationKeyHex: string, body: Uint8Array): string {
	const signature = createHmac('md5', Buffer.from(applicationKeyHex, 'hex')).update(body).digest('hex');
	return `signer=${applicationId}; signature=${signature}`;
}

/** Talon.One's Management API: the operation accepts no other scheme (paced to 3 requests per second per endpoint). */
export function isManagementOnly(allowed: readonly AuthScheme[]): boolean {
	return allowed.length > 0 && allowed.every((scheme) => scheme === 'management');
}

export const managementKeyHowTo =
	'In the Campaign Manager open Account > Tools > Management API Keys, create a key that may use this endpoint, ' +
	'then choose Management API Key in the credential\'s Management API setting and paste it.';

/** Checks before any request that the credential can call an operation, with a message that says what to change. */
export function assertAuthAllowed(credentials: TalonOneCredentials, allowed: readonly AuthScheme[], operationName: string): void {
	if (allowed.includes('management') && credentials.managementAuth !== 'none') return;
	if (isManagementOnly(allowed)) {
		throw new CredentialError(`"${operationName}" needs a Management API key, and the credential has none. ${managementKeyHowTo}`);
	}
	if (credentials.authentication === 'applicationKeySigning' && !allowed.includes('signing')) {
		throw new CredentialError(
			`"${operationName}" cannot use application key signing: Talon.One only accepts it for the legacy V1 operations. ` +
				'Switch the credential to Integration API Key.',
		);
	}
}

export function authHeaders(
	credentials: TalonOneCredentials,
	allowed: readonly AuthScheme[],
	body: Uint8Array,
): Record<string, string> {
	if (allowed.includes('management')) {
		if (credentials.managementAuth === 'managementKey') return { authorization: `ManagementKey-v1 ${credentials.managementKey}` };
		if (credentials.managementAuth === 'bearerToken') return { authorization: `Bearer ${credentials.bearerToken}` };
	}
	if (credentials.authentication === 'applicationKeySigning') {
		return { 'content-signature': contentSignature(credentials.applicationId!, credentials.applicationKey!, body) };
	}
	return { authorization: `ApiKey-v1 ${credentials.apiKey}` };
}
