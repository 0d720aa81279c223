/**
 * The notifications credential cannot be tried against Talon.One (nothing there checks it), so the
 * Test button checks what would make the setup fail or weak: a header name HTTP cannot carry, a
 * header n8n or Talon.One already uses, a short secret.
 */
import type { ICredentialDataDecryptedObject, INodeCredentialTestResult } from 'n8n-workflow';

export const DEFAULT_HEADER_NAME = 'X-Talon-Webhook-Secret';
export const MIN_SECRET_LENGTH = 16;

/** RFC 9110 token characters. */
const HEADER_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const TAKEN_HEADERS = new Set(['content-type', 'content-length', 'host', 'x-uuid', 'cookie', 'connection', 'transfer-encoding']);

export function headerNameOf(credentials: ICredentialDataDecryptedObject): string {
	const name = typeof credentials.headerName === 'string' ? credentials.headerName.trim() : '';
	return name || DEFAULT_HEADER_NAME;
}

export function testNotificationsCredential(credentials: ICredentialDataDecryptedObject): INodeCredentialTestResult {
	const headerName = headerNameOf(credentials);
	const secret = typeof credentials.secret === 'string' ? credentials.secret : '';
	if (!HEADER_TOKEN.test(headerName)) {
		return { status: 'Error', message: `Header Name "${headerName}" cannot be sent as an HTTP header: use letters, digits and dashes, e.g. ${DEFAULT_HEADER_NAME}` };
	}
	if (TAKEN_HEADERS.has(headerName.toLowerCase())) {
		return { status: 'Error', message: `Header Name "${headerName}" is already used for something else: choose your own, e.g. ${DEFAULT_HEADER_NAME}` };
	}
	if (secret.length < MIN_SECRET_LENGTH) {
		return { status: 'Error', message: `Secret is too short (${secret.length} characters): use at least ${MIN_SECRET_LENGTH} random characters` };
	}
	return { status: 'OK', message: `Ready: in the Campaign Manager add the header ${headerName} with this secret to the notification` };
}
