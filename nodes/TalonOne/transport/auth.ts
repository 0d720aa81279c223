import { createHmac } from 'node:crypto';
import type { AuthScheme } from './types';
import { CredentialError, type TalonOneCredentials } from './credentials';

/** The seeds' `integration_auth`: hex HMAC-MD5 of the exact body bytes, keyed with the hex-decoded application key. */
export function contentSignature(applicationId: number, applicationKeyHex: string, body: Uint8Array): string {
	const signature = createHmac('md5', Buffer.from(applicationKeyHex, 'hex')).update(body).digest('hex');
	return `signer=${applicationId}; signature=${signature}`;
}

/** Checks before any request that the credential can call an operation, with a message that says what to change. */
export function assertAuthAllowed(credentials: TalonOneCredentials, allowed: readonly AuthScheme[], operationName: string): void {
	if (allowed.includes('management') && credentials.managementAuth !== 'none') return;
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
