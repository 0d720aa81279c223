import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

export type AuthenticationMode = 'apiKey' | 'applicationKeySigning';
export type ManagementAuth = 'none' | 'managementKey' | 'bearerToken';

export interface TalonOneCredentials {
	baseUrl: string;
	authentication: AuthenticationMode;
	apiKey?: string;
	applicationId?: number;
	applicationKey?: string;
	managementAuth: ManagementAuth;
	managementKey?: string;
	bearerToken?: string;
	allowUnauthorizedCerts: boolean;
}

/** Thrown for credential problems; the message never contains a secret. */
export class CredentialError extends Error {}

/** The address as typed, with anything between `//` and the last `@` (a user name and password) hidden. */
function shown(address: string): string {
	return address.replace(/\/\/.*@/, '//***@');
}

export function normalizeBaseUrl(raw: unknown): string {
	const text = typeof raw === 'string' ? raw.trim() : '';
	const url = URL.canParse(text) ? new URL(text) : undefined;
	if (!url) {
		throw new CredentialError(
			`The Base URL "${shown(text)}" is not a valid address. Enter your deployment's address, e.g. https://yourbaseurl.talon.one`,
		);
	}
	if (url.username || url.password) {
		throw new CredentialError(
			'The Base URL contains a user name or password (before "@"). Talon.One does not use them: remove them from the Base URL and put the key into its own field.',
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new CredentialError(
			`The Base URL must start with https:// (got "${url.protocol}"). Enter your deployment's address, e.g. https://yourbaseurl.talon.one`,
		);
	}
	return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The secrets that are sent in a header (the Application Key only signs). */
const sentSecretNames = {
	apiKey: 'Integration API key',
	managementKey: 'Management API key',
	bearerToken: 'bearer token',
} as const;

/** HTTP header values carry visible ASCII characters and spaces; a key with anything else was pasted wrongly. */
const sendable = /^[\x20-\x7e]*$/;

function unsendableCharacter(char: string): string {
	if (char === '\n' || char === '\r') return 'a line break';
	const code = char.codePointAt(0)!;
	if (code < 0x20 || code === 0x7f) return `an invisible control character (code ${code})`;
	return `"${char}", which is not a plain English letter, digit or sign`;
}

function assertSendable(name: keyof typeof sentSecretNames, value: string | undefined): void {
	const chars = [...(value ?? '')];
	const index = chars.findIndex((char) => !sendable.test(char));
	if (index < 0) return;
	throw new CredentialError(
		`The ${sentSecretNames[name]} contains characters that cannot be sent: ${unsendableCharacter(chars[index])} at character ${index + 1}. ` +
			'Copy the key again from the Campaign Manager and paste it into the credential.',
	);
}

function secret(data: ICredentialDataDecryptedObject, key: string): string | undefined {
	const value = data[key];
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A key pasted together with its header prefix (as Talon.One's docs show it) is the key after it. */
function withoutPrefix(value: string | undefined, prefix: RegExp): string | undefined {
	const stripped = value?.replace(prefix, '').trim();
	return stripped === '' ? undefined : stripped;
}

export function parseCredentials(data: ICredentialDataDecryptedObject): TalonOneCredentials {
	const authentication: AuthenticationMode =
		data.authentication === 'applicationKeySigning' ? 'applicationKeySigning' : 'apiKey';
	const managementAuth = (['managementKey', 'bearerToken'] as const).find((m) => m === data.managementAuth) ?? 'none';
	const credentials: TalonOneCredentials = {
		baseUrl: normalizeBaseUrl(data.baseUrl),
		authentication,
		apiKey: secret(data, 'apiKey'),
		applicationId: data.applicationId === undefined || data.applicationId === '' ? undefined : Number(data.applicationId),
		applicationKey: secret(data, 'applicationKey'),
		managementAuth,
		managementKey: withoutPrefix(secret(data, 'managementKey'), /^ManagementKey-v1\s+/i),
		bearerToken: withoutPrefix(secret(data, 'bearerToken'), /^Bearer\s+/i),
		allowUnauthorizedCerts: data.allowUnauthorizedCerts === true,
	};
	if (authentication === 'apiKey' && !credentials.apiKey) {
		throw new CredentialError('The credential has no Integration API key. Open the credential and paste the key.');
	}
	if (authentication === 'apiKey') assertSendable('apiKey', credentials.apiKey);
	if (authentication === 'applicationKeySigning') {
		if (!Number.isInteger(credentials.applicationId) || (credentials.applicationId ?? 0) < 1) {
			throw new CredentialError('The credential needs the Application ID (a whole number) for application key signing.');
		}
		if (!credentials.applicationKey || !/^([0-9a-f]{2})+$/i.test(credentials.applicationKey)) {
			throw new CredentialError(
				'The Application Key must be hexadecimal (digits 0-9 and letters a-f), as shown in the Campaign Manager.',
			);
		}
	}
	if (managementAuth === 'managementKey' && !credentials.managementKey) {
		throw new CredentialError('The credential is set to use a Management API key, but the key is empty.');
	}
	if (managementAuth === 'bearerToken' && !credentials.bearerToken) {
		throw new CredentialError('The credential is set to use a bearer token, but the token is empty.');
	}
	if (managementAuth === 'managementKey') assertSendable('managementKey', credentials.managementKey);
	if (managementAuth === 'bearerToken') assertSendable('bearerToken', credentials.bearerToken);
	return credentials;
}
