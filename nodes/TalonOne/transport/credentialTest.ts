import type { ICredentialDataDecryptedObject, INodeCredentialTestResult } from 'n8n-workflow';
import { TalonOneClient, TransportError, type ApiResponse } from './client';
import { CredentialError, parseCredentials, type TalonOneCredentials } from './credentials';

const success: INodeCredentialTestResult = { status: 'OK', message: 'Connection successful: Talon.One accepted the credentials' };

/** Talon.One's error answer (ErrorResponseWithStatus): a message and a list of problems, each with a title. */
function isTalonOneError(response: ApiResponse): boolean {
	const { message, errors } = response.body ?? {};
	return (
		typeof message === 'string' &&
		Array.isArray(errors) &&
		errors.length > 0 &&
		errors.every((error) => error !== null && typeof error === 'object' && typeof (error as { title?: unknown }).title === 'string')
	);
}

/** The list answer of "List customers that have this coupon reserved": `{ totalResultSize, data: [...] }`. */
function isReservationList(response: ApiResponse): boolean {
	return typeof response.body?.totalResultSize === 'number' && Array.isArray(response.body.data);
}

/** What kind of answer came instead of Talon.One's, for the message. */
function answerKind(response: ApiResponse): string {
	if (response.body) return 'JSON without the fields Talon.One sends';
	if (/^\s*</.test(response.text ?? '')) return 'a web page';
	return response.text === undefined ? 'an empty answer' : 'text that is not JSON';
}

/** Sent once to see whether the address checks keys at all. */
const invalidCredentialProbe = 'n8n-credential-test-invalid-key';
const probe = { method: 'GET', path: '/v1/coupon_reservations/customerprofiles/n8n-credential-test', auth: ['apiKey', 'signing'] } as const;

/** Whether the address refuses a key that cannot be valid, in Talon.One's words: then its "not found" came after a key check. */
async function checksKeys(credentials: TalonOneCredentials): Promise<boolean> {
	const invalid: TalonOneCredentials = { ...credentials, authentication: 'apiKey', apiKey: invalidCredentialProbe };
	const response = await new TalonOneClient(invalid, { timeoutMs: 15_000 }).send(probe);
	return response.status === 401 && isTalonOneError(response);
}

/**
 * Asks Talon.One for the customers who reserved a coupon code that cannot exist. Talon.One checks
 * the key first: a valid key gets Talon.One's "not found" error (or, should the code exist, the
 * list), an invalid one gets 401. Only these shapes count, so a web server, a single-page app or
 * another API at the Base URL cannot pass the test. A "not found" only counts when the same address
 * refuses an invalid key, so it cannot come from a wrong path. Nothing is changed.
 */
async function testIntegrationKey(credentials: TalonOneCredentials): Promise<INodeCredentialTestResult> {
	const response = await new TalonOneClient(credentials, { timeoutMs: 15_000 }).send(probe);
	const talonOneError = isTalonOneError(response);
	if (response.status === 200 && isReservationList(response)) return success;
	if (response.status === 404 && talonOneError) {
		if (await checksKeys(credentials)) return success;
		return {
			status: 'Error',
			message:
				'Talon.One answered "not found" without checking the key, so the Base URL may have an extra path: ' +
				"enter only your deployment's address, e.g. https://yourbaseurl.talon.one",
		};
	}
	if ((response.status === 401 || response.status === 403) && talonOneError) {
		const key = credentials.authentication === 'apiKey' ? 'Integration API key' : 'Application ID and Application Key';
		return {
			status: 'Error',
			message: `Talon.One rejected the credentials (HTTP ${response.status}): check the ${key} and that it belongs to the Application of this deployment`,
		};
	}
	return notTalonOne(credentials, response);
}

function notTalonOne(credentials: TalonOneCredentials, response: ApiResponse): INodeCredentialTestResult {
	const host = new URL(credentials.baseUrl).host;
	return {
		status: 'Error',
		message:
			`The server at ${host} answered HTTP ${response.status} with ${answerKind(response)}, not as Talon.One does: ` +
			"check that the Base URL is your Talon.One deployment's address, e.g. https://yourbaseurl.talon.one",
	};
}

/** Lists one Application, as the Application dropdown does; reads only. */
const managementProbe = { method: 'GET', path: '/v1/applications', query: { pageSize: '1' }, auth: ['management'] } as const;

async function testManagementKey(credentials: TalonOneCredentials): Promise<INodeCredentialTestResult> {
	const response = await new TalonOneClient(credentials, { timeoutMs: 15_000 }).send(managementProbe);
	if (response.status === 200 && Array.isArray(response.body?.data)) return success;
	const which = credentials.managementAuth === 'bearerToken' ? 'bearer token' : 'Management API key';
	if ((response.status === 401 || response.status === 403) && isTalonOneError(response)) {
		return {
			status: 'Error',
			message:
				`The Integration API key works, but Talon.One rejected the ${which} (HTTP ${response.status}): check it, and that it may use ` +
				'"List Applications" (GET /v1/applications), which the dropdowns need. Manage keys in the Campaign Manager: Account > Tools > Management API Keys.',
		};
	}
	return notTalonOne(credentials, response);
}

/** Tests the Integration API credentials, then the Management API key or token when one is set; the message names the one that failed. */
export async function testCredentials(data: ICredentialDataDecryptedObject): Promise<INodeCredentialTestResult> {
	try {
		const credentials = parseCredentials(data);
		const integration = await testIntegrationKey(credentials);
		if (integration.status !== 'OK' || credentials.managementAuth === 'none') return integration;
		return await testManagementKey(credentials);
	} catch (error) {
		const known = error instanceof CredentialError || error instanceof TransportError;
		return { status: 'Error', message: known ? error.message : `The test failed unexpectedly: ${(error as Error).message}` };
	}
}
