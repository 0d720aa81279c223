/**
 * Shared by the hostile-conditions suite: every run goes through `run()`, which remembers the
 * node's output, its error and the credentials it used; `watchForSecrets()` also captures what is
 * logged (console, n8n's LoggerProxy and n8n's backend Logger) and, after every test, fails when
 * any 8 consecutive characters of any secret used appear in any of it, or when an error object
 * carries request headers.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Logger } from '@n8n/backend-common';
import { LoggerProxy, type INodeParameters } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import type { RunNodeResult } from '../../tools/n8n-harness';
import { credentialsFor, jsonOf, runOperation, secretsOf, type RunOptions } from '../support/talonOne';

const secretKeys = ['apiKey', 'applicationKey', 'managementKey', 'bearerToken'] as const;
const seen: unknown[] = [];
const logged: unknown[] = [];
const secrets = new Set<string>();

/** How many log calls were captured so far in this test (console, LoggerProxy, backend Logger). */
export const capturedLogCount = (): number => logged.length;

export function noteSecretsOf(server: FakeTalonOne): void {
	for (const secret of secretsOf(server)) secrets.add(secret);
}

/** Runs one operation like `runOperation`, and keeps everything it produced for the secret scan. */
export async function run(
	server: FakeTalonOne,
	operationId: string,
	parameters: INodeParameters,
	options: RunOptions = {},
): Promise<RunNodeResult> {
	noteSecretsOf(server);
	const credentials = options.credentials ?? credentialsFor(server, options.scheme);
	for (const key of secretKeys) if (typeof credentials[key] === 'string') secrets.add(credentials[key] as string);
	const result = await runOperation(server, operationId, parameters, { ...options, credentials });
	seen.push(result.items.map((item) => item.json), result.error);
	return result;
}

/** The same as jsonOf (both names are in use). */
export const outputOf = jsonOf;
export const descriptionOf = (result: RunNodeResult): string | undefined =>
	(result.error as { description?: string } | undefined)?.description ?? undefined;

/** Every string reachable from a value: keys, values, and the non-enumerable message, stack and description of errors. */
export function textsOf(value: unknown): string[] {
	const texts: string[] = [];
	const visited = new WeakSet<object>();
	const walk = (v: unknown, depth: number) => {
		if (typeof v === 'string') texts.push(v);
		else if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') texts.push(String(v));
		if (v === null || (typeof v !== 'object' && typeof v !== 'function') || depth > 12) return;
		if (visited.has(v as object)) return;
		visited.add(v as object);
		if (v instanceof Error) for (const key of ['message', 'stack', 'description', 'cause'] as const) walk((v as never)[key], depth + 1);
		if (v instanceof Map || v instanceof Set) {
			for (const entry of v) walk(entry, depth + 1);
			return;
		}
		for (const key of Object.getOwnPropertyNames(v)) {
			texts.push(key);
			let child: unknown;
			try {
				child = (v as Record<string, unknown>)[key];
			} catch {
				continue;
			}
			walk(child, depth + 1);
		}
	};
	walk(value, 0);
	return texts;
}

/** Fails when any 8 consecutive characters of any secret occur in the values. */
export function expectNoSecretIn(values: unknown[], knownSecrets: Iterable<string> = secrets): void {
	const text = textsOf(values).join('\n');
	for (const secret of knownSecrets) {
		for (let i = 0; i + 8 <= secret.length; i++) {
			const part = secret.slice(i, i + 8);
			if (text.includes(part)) throw new Error(`A secret leaked: "${part}…" (characters ${i + 1}-${i + 8} of a credential secret) was found`);
		}
	}
}

const headerNames = /^(authorization|content-signature|x-api-key|cookie)$/i;
const headerValues = /^(ApiKey-v1|ManagementKey-v1|Bearer) |^signer=\d+; signature=/;

/** Fails when an error object (or anything inside it) carries request headers. */
export function expectNoRequestHeaders(error: unknown): void {
	const visited = new WeakSet<object>();
	const walk = (v: unknown, where: string, depth: number) => {
		if (typeof v === 'string' && headerValues.test(v)) throw new Error(`${where} holds an authentication header value`);
		if (v === null || typeof v !== 'object' || depth > 12 || visited.has(v)) return;
		visited.add(v);
		const keys = Object.getOwnPropertyNames(v);
		if (v instanceof Error) keys.push('cause');
		for (const key of keys) {
			if (headerNames.test(key)) throw new Error(`${where}.${key} is a request header`);
			walk((v as Record<string, unknown>)[key], `${where}.${key}`, depth + 1);
		}
	};
	walk(error, 'error', 0);
}

/**
 * Installs the log capture and the scan in the calling test file. Console output is captured
 * (not printed) and n8n's LoggerProxy and backend Logger are recorded while still calling through.
 */
export function watchForSecrets(): void {
	const spies: jest.SpyInstance[] = [];
	beforeAll(() => {
		for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
			spies.push(jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args)));
		}
		for (const method of ['error', 'warn', 'info', 'debug'] as const) {
			const original = Logger.prototype[method];
			spies.push(
				jest.spyOn(Logger.prototype, method).mockImplementation(function (this: Logger, ...args: Parameters<Logger['error']>) {
					logged.push(args);
					return original.apply(this, args);
				}),
			);
		}
		LoggerProxy.init({
			error: (...args: unknown[]) => void logged.push(args),
			warn: (...args: unknown[]) => void logged.push(args),
			info: (...args: unknown[]) => void logged.push(args),
			debug: (...args: unknown[]) => void logged.push(args),
		} as never);
	});
	afterEach(() => {
		const values = [...seen, ...logged];
		seen.length = 0;
		logged.length = 0;
		expectNoSecretIn(values);
		for (const value of values) if (value instanceof Error || (value && typeof value === 'object' && 'stack' in value)) expectNoRequestHeaders(value);
	});
	afterAll(() => {
		for (const spy of spies) spy.mockRestore();
	});
}

export const hasOpenssl = (() => {
	try {
		execFileSync('openssl', ['version'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
})();

/** A fresh self-signed certificate for 127.0.0.1 and localhost (only the self-signing is wrong with it). */
export function selfSignedCertificate(): { key: string; cert: string } {
	const dir = mkdtempSync(path.join(tmpdir(), 'talon-one-tls-'));
	try {
		const key = path.join(dir, 'key.pem');
		const cert = path.join(dir, 'cert.pem');
		execFileSync(
			'openssl',
			['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost',
				'-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'],
			{ stdio: 'ignore' },
		);
		return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
