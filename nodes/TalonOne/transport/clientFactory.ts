import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import type { AuthScheme } from './types';
import { assertAuthAllowed } from './auth';
import { TalonOneClient, type ClientOptions } from './client';
import { parseCredentials, type TalonOneCredentials } from './credentials';

export const CREDENTIAL_TYPE = 'talonOneApi';

/** What every n8n context that may call Talon.One offers: execute, load options, webhooks. */
export interface CredentialSource {
	getCredentials<T extends object = ICredentialDataDecryptedObject>(type: string, itemIndex?: number): Promise<T>;
}

/**
 * A client for the node's credential that may use one of `auth`, named `purpose` in messages.
 * Throws a CredentialError (no secret in it) when the credential is incomplete or lacks the scheme.
 */
export async function createClient(
	source: CredentialSource,
	auth: readonly AuthScheme[],
	purpose: string,
	options: ClientOptions,
): Promise<TalonOneClient> {
	const credentials = await readCredentials(source);
	assertAuthAllowed(credentials, auth, purpose);
	return new TalonOneClient(credentials, options);
}

/** The node's credential, checked (a CredentialError without secrets when it is incomplete). */
export async function readCredentials(source: CredentialSource): Promise<TalonOneCredentials> {
	return parseCredentials(await source.getCredentials(CREDENTIAL_TYPE));
}
