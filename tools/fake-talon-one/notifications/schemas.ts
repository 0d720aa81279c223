/**
 * Talon.One's notification payloads as the fake sends them: the schemas of
 * test/fixtures/notifications.json (derived by scripts/derive-notification-fixture.js), compiled
 * once per process, so every payload the fake emits is checked against the documented shape.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { REPO_ROOT } from '../../repoRoot';

export interface NotificationSpec {
	operationId: string;
	headers: string[];
	schema: Record<string, any>;
}

/** Talon.One writes a POSIX class (`[:cntrl:]`) inside some patterns; JavaScript spells it as a range. */
function jsPatterns(schema: unknown): unknown {
	if (Array.isArray(schema)) return schema.map(jsPatterns);
	if (!schema || typeof schema !== 'object') return schema;
	return Object.fromEntries(
		Object.entries(schema).map(([key, value]) =>
			key === 'pattern' && typeof value === 'string' ? [key, value.replaceAll('[:cntrl:]', '\\x00-\\x1F\\x7F')] : [key, jsPatterns(value)],
		),
	);
}

let cached: { specs: Map<string, NotificationSpec>; validators: Map<string, ValidateFunction> } | null = null;

function load() {
	if (cached) return cached;
	const fixture = JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/fixtures/notifications.json'), 'utf8')) as { notifications: NotificationSpec[] };
	const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
	addFormats(ajv);
	const specs = new Map(fixture.notifications.map((n) => [n.operationId, n]));
	const validators = new Map(fixture.notifications.map((n) => [n.operationId, ajv.compile(jsPatterns(n.schema) as object)]));
	cached = { specs, validators };
	return cached;
}

export const notificationSpecs = (): NotificationSpec[] => [...load().specs.values()];

export function notificationSpec(operationId: string): NotificationSpec {
	const spec = load().specs.get(operationId);
	if (!spec) throw new Error(`no notification ${operationId} in test/fixtures/notifications.json`);
	return spec;
}

/** Throws with ajv's findings when `body` is not a valid `operationId` payload. */
export function assertValidNotification(operationId: string, body: unknown): void {
	notificationSpec(operationId);
	const validate = load().validators.get(operationId)!;
	if (!validate(body)) {
		const findings = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
		throw new Error(`fake Talon.One built an invalid ${operationId} payload: ${findings}`);
	}
}
