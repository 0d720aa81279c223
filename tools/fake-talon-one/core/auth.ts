/**
 * Authentication by the operation's `security` in the spec fixture:
 *  - `Authorization: ApiKey-v1 <apiKey>` where it lists api_key_v1,
 *  - `Authorization: ManagementKey-v1 <key>` where it lists management_key,
 *  - `Authorization: Bearer <token>` where it lists manager_auth,
 *  - `Content-Signature: signer=<applicationId>; signature=<hex HMAC-MD5(raw body)>` keyed with the
 *    hex-decoded application key where it lists integration_auth. Used only when no Authorization
 *    header is sent (a present-but-wrong Authorization header is always a 401).
 * Secrets are compared in constant time and never echoed back.
 */
import crypto from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export interface AuthSecrets {
	apiKey: string;
	managementKey: string;
	bearerToken: string;
	applicationId: number;
	appKeyBytes: Buffer;
}

export interface AuthFailure {
	details: string;
	pointer: string;
}

/** The Authorization schemes, by their lowercased prefix. */
const AUTHORIZATION_SCHEMES: Record<string, { security: string; secret: 'apiKey' | 'managementKey' | 'bearerToken'; invalid: string; refused: string }> = {
	'apikey-v1': {
		security: 'api_key_v1',
		secret: 'apiKey',
		invalid: 'The API key is invalid or expired.',
		refused: 'API keys are not accepted by this endpoint.',
	},
	'managementkey-v1': {
		security: 'management_key',
		secret: 'managementKey',
		invalid: 'The management key is invalid or expired.',
		refused: 'Management API keys are not accepted by this endpoint.',
	},
	bearer: {
		security: 'manager_auth',
		secret: 'bearerToken',
		invalid: 'The bearer token is invalid or expired.',
		refused: 'Bearer tokens are not accepted by this endpoint.',
	},
};

const SIGNATURE_SECURITY = 'integration_auth';

function safeEqual(a: string, b: string): boolean {
	const ab = Buffer.from(a, 'utf8');
	const bb = Buffer.from(b, 'utf8');
	if (ab.length !== bb.length) {
		crypto.timingSafeEqual(ab, ab);
		return false;
	}
	return crypto.timingSafeEqual(ab, bb);
}

function parseContentSignature(header: string): { signer?: string; signature?: string } {
	const out: Record<string, string> = {};
	for (const part of header.split(';')) {
		const eq = part.indexOf('=');
		if (eq < 0) continue;
		out[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1).trim();
	}
	return out;
}

function checkAuthorization(secrets: AuthSecrets, security: readonly string[], header: string): AuthFailure | null {
	const pointer = '/headers/authorization';
	const trimmed = header.trim();
	const sp = trimmed.indexOf(' ');
	const scheme = AUTHORIZATION_SCHEMES[(sp < 0 ? trimmed : trimmed.slice(0, sp)).toLowerCase()];
	if (!scheme) return { details: 'Unsupported authorization scheme.', pointer };
	if (!security.includes(scheme.security)) return { details: scheme.refused, pointer };
	const credential = sp < 0 ? '' : trimmed.slice(sp + 1).trim();
	return safeEqual(credential, secrets[scheme.secret]) ? null : { details: scheme.invalid, pointer };
}

function checkSignature(secrets: AuthSecrets, security: readonly string[], header: string, rawBody: Buffer): AuthFailure | null {
	const pointer = '/headers/content-signature';
	if (!security.includes(SIGNATURE_SECURITY)) return { details: 'Content-Signature authentication is not accepted by this endpoint.', pointer };
	const { signer, signature } = parseContentSignature(header);
	if (signer === undefined || signature === undefined || !/^[0-9a-fA-F]{32}$/.test(signature)) {
		return { details: 'Malformed Content-Signature header.', pointer };
	}
	const expected = crypto.createHmac('md5', secrets.appKeyBytes).update(rawBody).digest();
	const sigOk = crypto.timingSafeEqual(expected, Buffer.from(signature, 'hex'));
	const signerOk = signer === String(secrets.applicationId);
	return sigOk && signerOk ? null : { details: 'Invalid request signature.', pointer };
}

/** Null when the request is authenticated for an operation accepting `security`. */
export function authenticate(secrets: AuthSecrets, security: readonly string[], headers: IncomingHttpHeaders, rawBody: Buffer): AuthFailure | null {
	if (headers.authorization !== undefined) return checkAuthorization(secrets, security, headers.authorization);
	const signature = headers['content-signature'];
	if (signature !== undefined) return checkSignature(secrets, security, String(signature), rawBody);
	return { details: 'Missing Authorization header.', pointer: '/headers/authorization' };
}

/** A Content-Signature header value for a raw body (for tests and clients). */
export function contentSignature(applicationId: number, applicationKeyHex: string, body: string | Buffer): string {
	const sig = crypto.createHmac('md5', Buffer.from(applicationKeyHex, 'hex')).update(body).digest('hex');
	return `signer=${applicationId}; signature=${sig}`;
}
