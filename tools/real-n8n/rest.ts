/** The editor's REST API as its owner: login (setting the owner up on a fresh instance) and the credential test. */
import type { Editor } from './editor';

export interface RestResponse {
	status: number;
	json: any;
	text: string;
	headers: Headers;
}

/** Calls the editor's REST API with the logged-in session (if any). */
export async function rest(editor: Editor, method: string, p: string, body?: unknown): Promise<RestResponse> {
	const headers: Record<string, string> = { 'browser-id': editor.auth.browserId, accept: 'application/json' };
	if (body !== undefined) headers['content-type'] = 'application/json';
	if (editor.auth.cookie) headers.cookie = editor.auth.cookie;
	const res = await fetch(editor.url + p, {
		method,
		headers,
		body: body === undefined ? undefined : JSON.stringify(body),
		signal: AbortSignal.timeout(60_000),
	});
	const text = await res.text();
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return { status: res.status, json, text, headers: res.headers };
}

function authCookieFrom(headers: Headers): string | undefined {
	const all = typeof headers.getSetCookie === 'function' ? headers.getSetCookie() : [headers.get('set-cookie') || ''];
	for (const c of all) {
		const m = /(?:^|,\s*)(n8n-auth=[^;]+)/.exec(c);
		if (m) return m[1];
	}
	return undefined;
}

/** Logs in as the instance owner, setting the owner up first on a fresh instance. */
export async function login(editor: Editor): Promise<void> {
	if (editor.auth.cookie) return;
	const { email, password } = editor.auth;
	const setup = await rest(editor, 'POST', '/rest/owner/setup', { email, firstName: 'E2E', lastName: 'Owner', password });
	let cookie = setup.status === 200 ? authCookieFrom(setup.headers) : undefined;
	if (!cookie) {
		// owner exists already (reused home): log in (2.x and late 1.x: emailOrLdapLoginId; older: email)
		const res = await rest(editor, 'POST', '/rest/login', { emailOrLdapLoginId: email, email, password });
		cookie = res.status === 200 ? authCookieFrom(res.headers) : undefined;
		if (!cookie) {
			throw new Error(
				`could not set up or log in the owner: setup ${setup.status} ${setup.text.slice(0, 500)}; login ${res.status} ${res.text.slice(0, 500)}`,
			);
		}
	}
	editor.auth.cookie = cookie;
}

type CredentialToTest = { type: string; data: Record<string, unknown>; name?: string; id?: string };

/** Saves the credential, tests it by id, deletes it: for instances that refuse to test unsaved data. */
async function testSaved(editor: Editor, credential: CredentialToTest, name: string, refused: RestResponse): Promise<RestResponse> {
	const created = await rest(editor, 'POST', '/rest/credentials', { name, type: credential.type, data: credential.data });
	const id = created.json?.data?.id ?? created.json?.id;
	if (created.status !== 200 || !id) {
		throw new Error(`credential test refused (${refused.status} ${refused.text.slice(0, 500)}) and saving it failed: ${created.status} ${created.text.slice(0, 1000)}`);
	}
	try {
		return await rest(editor, 'POST', '/rest/credentials/test', { credentials: { id: String(id), name, type: credential.type, data: credential.data } });
	} finally {
		await rest(editor, 'DELETE', `/rest/credentials/${id}`);
	}
}

/**
 * Runs a credential's test in the real n8n (the node's `methods.credentialTest.<fn>` named by
 * `testedBy`, or the credential type's own `test` request), like the editor's "Test" button:
 * POST /rest/credentials/test as the instance owner (set up on first use). Without `id`, n8n 2.x
 * tests unsaved data when sent with id '' (the owner may); if the instance refuses that, the
 * credential is saved, tested by id, then deleted.
 */
export async function testCredential(editor: Editor, credential: CredentialToTest): Promise<{ status: 'OK' | 'Error'; message: string }> {
	await login(editor);
	const name = credential.name || `e2e ${credential.type}`;
	const payload = { credentials: { id: credential.id ?? '', name, type: credential.type, data: credential.data } };
	let res = await rest(editor, 'POST', '/rest/credentials/test', payload);
	if (credential.id === undefined && (res.status === 403 || res.status === 404 || res.status === 400)) {
		res = await testSaved(editor, credential, name, res);
	}
	const result = res.json && (res.json.data ?? res.json);
	if (res.status !== 200 || !result || (result.status !== 'OK' && result.status !== 'Error')) {
		throw new Error(`POST /rest/credentials/test answered ${res.status}: ${res.text.slice(0, 2000)}`);
	}
	return { status: result.status, message: String(result.message ?? '') };
}
