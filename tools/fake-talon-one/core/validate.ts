/**
 * Request validation against the spec: path and query parameter coercion (integers must be
 * integers, booleans 'true'/'false', `silent` 'yes'/'no', lists repeated or comma-separated as the
 * parameter's `explode` says) and JSON body validation with the compiled ajv validators.
 */
import { talonError, type ApiError, type HandlerResult } from './errors';
import type { CompiledOperation, ParamSpec } from './spec';

const INTEGER_RE = /^-?\d+$/;

/** The request body as read: parsed JSON, or why it is not JSON. */
export type ParsedBody = { ok: boolean; value?: any; error?: string };

type Coerced = { value: unknown } | { error: string };

function coerce(schema: ParamSpec['schema'], raw: string, name: string): Coerced {
	switch (schema && schema.type) {
		case 'integer':
			if (!INTEGER_RE.test(raw)) return { error: 'must be an integer' };
			return { value: Number(raw) };
		case 'number': {
			const n = Number(raw);
			if (raw.trim() === '' || !Number.isFinite(n)) return { error: 'must be a number' };
			return { value: n };
		}
		case 'boolean':
			if (raw === 'true') return { value: true };
			if (raw === 'false') return { value: false };
			return { error: "must be 'true' or 'false'" };
		default:
			if (name === 'silent' && raw !== 'yes' && raw !== 'no') return { error: "must be 'yes' or 'no'" };
			return { value: raw };
	}
}

/**
 * A list parameter's entries. OpenAPI's default (`style: form`, `explode: true`) repeats the
 * parameter, one value each (`?id=a&id=b`, a comma is part of the value); with `explode: false` it
 * comes once, the values separated by commas (`?id=a,b`), and a repeat is refused.
 */
function listOf(p: ParamSpec, values: readonly string[]): Coerced {
	if (p.explode !== false) return { value: [...values] };
	if (values.length > 1) return { error: `must be sent once, with the values separated by commas (got the parameter ${values.length} times)` };
	return { value: values[0].split(',') };
}

/** The typed value of one parameter, or what is wrong with it (undefined: absent and no default). */
function parameter(op: CompiledOperation, p: ParamSpec, values: readonly string[] | undefined): { value?: unknown; error?: ApiError } {
	if (values === undefined || values.length === 0) {
		if (p.required) return { error: { title: 'Missing parameter', details: `${p.name} is required`, source: { parameter: p.name } } };
		return p.schema && p.schema.default !== undefined ? { value: p.schema.default } : {};
	}
	// a scalar given more than once: the first value counts, as in most servers
	const c = p.schema?.type === 'array' ? listOf(p, values) : coerce(p.schema, values[0], p.name);
	if ('error' in c) return { error: { title: 'Invalid parameter', details: `${p.name} ${c.error}`, source: { parameter: p.name } } };
	const v = op.paramValidators.get(`${p.in}:${p.name}`);
	if (v && !v(c.value)) {
		const details = `${p.name} ${(v.errors || []).map((e) => e.message).join(', ')}`;
		return { error: { title: 'Invalid parameter', details, source: { parameter: p.name } } };
	}
	return { value: c.value };
}

export function validateParams(
	op: CompiledOperation,
	pathParams: Record<string, string>,
	query: Record<string, readonly string[]>,
): { pathParams: Record<string, unknown>; query: Record<string, unknown> } | { error: HandlerResult } {
	const typed = { path: {} as Record<string, unknown>, query: {} as Record<string, unknown> };
	const errors: ApiError[] = [];
	let where = 'query';
	for (const p of op.parameters) {
		if (p.in !== 'path' && p.in !== 'query') continue;
		const path = pathParams[p.name];
		const { value, error } = parameter(op, p, p.in === 'path' ? (path === undefined ? undefined : [path]) : query[p.name]);
		if (error) {
			errors.push(error);
			if (p.in === 'path') where = 'path';
		} else if (value !== undefined) typed[p.in][p.name] = value;
	}
	if (errors.length) return { error: { status: 400, body: talonError(400, `Invalid ${where} parameter`, errors) } };
	return { pathParams: typed.path, query: typed.query };
}

function titleFor(keyword: string): string {
	switch (keyword) {
		case 'required':
			return 'Missing required field';
		case 'type':
			return 'Invalid type';
		case 'enum':
			return 'Invalid enum value';
		case 'format':
			return 'Invalid format';
		default:
			return 'Invalid value';
	}
}

const badRequest = (message: string, title: string, details: string): HandlerResult => ({
	status: 400,
	body: talonError(400, message, [{ title, details, source: { pointer: '' } }]),
});

/** Null when the body is valid for the operation. */
export function validateBody(op: CompiledOperation, bodyText: string, parsed: ParsedBody): HandlerResult | null {
	if (!op.requestBody) return null;
	if (bodyText.length === 0 || /^\s*$/.test(bodyText)) {
		return op.requestBody.required ? badRequest('Missing request body', 'Missing request body', 'a JSON request body is required') : null;
	}
	if (!parsed.ok) return badRequest('Invalid JSON in request body', 'Invalid JSON', parsed.error || 'could not parse the request body as JSON');
	const v = op.validateBody;
	if (!v || v(parsed.value)) return null;
	const errors = (v.errors || []).map((e) => {
		let pointer = e.instancePath;
		if (e.keyword === 'required' && e.params && e.params.missingProperty) pointer += `/${e.params.missingProperty}`;
		if (e.keyword === 'additionalProperties' && e.params && e.params.additionalProperty) pointer += `/${e.params.additionalProperty}`;
		return { title: titleFor(e.keyword), details: e.message || 'is invalid', source: { pointer } };
	});
	return { status: 400, body: talonError(400, 'Invalid request body', errors) };
}
