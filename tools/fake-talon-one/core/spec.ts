/**
 * The API contract the fake serves: the fixtures derived from Talon.One's OpenAPI documents by
 * scripts/derive-api-fixture.js (each operation's path, parameters, body and response schemas and
 * `security`), compiled once per process into a route table and ajv validators.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { REPO_ROOT } from '../../repoRoot';

/**
 * One fixture per OpenAPI document; an operation in several takes its contract from the last. The
 * seeds document comes last: its 19 operations (incl. the legacy V1 ones) keep the contract they
 * were built and proven against; today's Integration API and the Management API add the rest.
 */
const FIXTURES = ['test/fixtures/integration-api-2026-06.json', 'test/fixtures/management-api.json', 'test/fixtures/integration-api.json'];

export interface ParamSpec {
	name: string;
	in: 'path' | 'query' | 'header' | 'cookie';
	required: boolean;
	/** How a list is written in the query: `form` (the default) with `explode` true (the default) repeats the parameter, false separates by commas. */
	style?: string;
	explode?: boolean;
	schema: any;
}

export interface OperationSpec {
	operationId: string;
	method: string;
	path: string;
	parameters: ParamSpec[];
	/** `schemaRef` into the fixture's components (seeds), or the inline `schema` (today's documents). */
	requestBody: { required: boolean; schemaRef: string | null; schema?: object } | null;
	responses: Record<string, string | null>;
	/** Inline response schemas by status (today's documents). */
	responseSchemas?: Record<string, object>;
	/** The spec's security scheme names that this operation accepts (api_key_v1, integration_auth, ...). */
	security: string[];
}

export type Segment = { literal: string; param?: undefined } | { param: string; literal?: undefined };

export interface CompiledOperation extends OperationSpec {
	segments: Segment[];
	/** Schema id of the fixture the operation comes from (its `#/components/...` refs resolve there). */
	schemaId: string;
	validateBody: ValidateFunction | null;
	paramValidators: Map<string, ValidateFunction>;
}

export interface Route {
	template: string;
	segments: Segment[];
	byMethod: Map<string, CompiledOperation>;
}

export interface CompiledSpec {
	ajv: Ajv;
	operations: Map<string, CompiledOperation>;
	routesBySegmentCount: Map<number, Route[]>;
}

let cached: CompiledSpec | null = null;

function newAjv(): Ajv {
	const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
	addFormats(ajv);
	// the spec uses `format: "string"` on some ids; treat it as "any string"
	ajv.addFormat('string', true);
	return ajv;
}

const segmentsOf = (template: string): Segment[] =>
	template
		.split('/')
		.slice(1)
		.map((s) => (s.startsWith('{') && s.endsWith('}') ? { param: s.slice(1, -1) } : { literal: s }));

/**
 * Talon.One writes some bodies as `allOf` object parts, one of them closed (`additionalProperties:
 * false`) while listing only its own properties: read literally no body could pass, while Talon.One
 * means the one object of all parts' properties. Such parts are merged into that object.
 */
function mergeObjectAllOf(schema: any): any {
	if (typeof schema !== 'object' || schema === null) return schema;
	if (Array.isArray(schema)) return schema.map(mergeObjectAllOf);
	const out: any = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, mergeObjectAllOf(value)]));
	const parts = out.allOf as any[] | undefined;
	if (!parts || !parts.every((part) => part.type === 'object' && !part.allOf && !part.$ref)) return out;
	const { allOf: _parts, ...own } = out;
	return {
		...own,
		type: 'object',
		properties: Object.assign({}, ...parts.map((part) => part.properties ?? {})),
		required: [...new Set(parts.flatMap((part) => part.required ?? []))],
		...(parts.some((part) => part.additionalProperties === false) ? { additionalProperties: false } : {}),
	};
}

function compileOperation(ajv: Ajv, schemaId: string, op: OperationSpec): CompiledOperation {
	const paramValidators = new Map<string, ValidateFunction>();
	for (const p of op.parameters) paramValidators.set(`${p.in}:${p.name}`, ajv.compile(p.schema || {}));
	const bodyRef = op.requestBody?.schemaRef;
	const bodySchema = bodyRef ? { $ref: schemaId + bodyRef } : op.requestBody?.schema && mergeObjectAllOf(op.requestBody.schema);
	return {
		...op,
		segments: segmentsOf(op.path),
		schemaId,
		validateBody: bodySchema ? ajv.compile(bodySchema) : null,
		paramValidators,
	};
}

const literalCount = (r: Route) => r.segments.filter((s) => s.literal !== undefined).length;

function routeTable(operations: Iterable<CompiledOperation>): Map<number, Route[]> {
	const routes = new Map<string, Route>();
	for (const op of operations) {
		let route = routes.get(op.path);
		if (!route) {
			route = { template: op.path, segments: op.segments, byMethod: new Map() };
			routes.set(op.path, route);
		}
		route.byMethod.set(op.method, op);
	}
	const bySegmentCount = new Map<number, Route[]>();
	for (const route of routes.values()) {
		const list = bySegmentCount.get(route.segments.length) || [];
		list.push(route);
		// routes with more literal segments win (e.g. /customerprofiles/{x} over /{x})
		list.sort((a, b) => literalCount(b) - literalCount(a));
		bySegmentCount.set(route.segments.length, list);
	}
	return bySegmentCount;
}

/**
 * Talon.One lists the shapes of an effect's `props` under `oneOf`, but several shapes overlap (the
 * effect type tells them apart, which a schema cannot say), so a valid effect matches more than one
 * and `oneOf` would refuse it. Every `oneOf` is read as `anyOf`: the value must match at least one.
 */
function overlappingAlternatives(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(overlappingAlternatives);
	if (value === null || typeof value !== 'object') return value;
	return Object.fromEntries(Object.entries(value).map(([key, v]) => [key === 'oneOf' ? 'anyOf' : key, overlappingAlternatives(v)]));
}

export function getSpec(): CompiledSpec {
	if (cached) return cached;
	const ajv = newAjv();
	const operations = new Map<string, CompiledOperation>();
	for (const file of FIXTURES) {
		const fixture = overlappingAlternatives(JSON.parse(readFileSync(path.join(REPO_ROOT, file), 'utf8'))) as { operations: OperationSpec[]; components: unknown };
		const schemaId = `talon-${path.basename(file, '.json')}`;
		ajv.addSchema({ $id: schemaId, components: fixture.components });
		for (const op of fixture.operations) operations.set(op.operationId, compileOperation(ajv, schemaId, op));
	}
	cached = { ajv, operations, routesBySegmentCount: routeTable(operations.values()) };
	return cached;
}

/** Matches a raw (still percent-encoded) pathname. */
export function matchRoute(rawPathname: string): { route: Route; rawParams: Record<string, string> } | null {
	const parts = rawPathname.split('/').slice(1);
	const candidates = getSpec().routesBySegmentCount.get(parts.length) ?? [];
	for (const route of candidates) {
		const rawParams: Record<string, string> = {};
		const fits = route.segments.every((seg, i) => {
			if (seg.literal !== undefined) return seg.literal === parts[i];
			rawParams[seg.param] = parts[i];
			return parts[i] !== '';
		});
		if (fits) return { route, rawParams };
	}
	return null;
}

const schemaValidators = new Map<string, ValidateFunction>();

function schemaValidator(schemaId: string, ref: string): ValidateFunction {
	let v = schemaValidators.get(schemaId + ref);
	if (!v) {
		v = getSpec().ajv.compile({ $ref: schemaId + ref });
		schemaValidators.set(schemaId + ref, v);
	}
	return v;
}

function inlineValidator(op: CompiledOperation, status: string, schema: object): ValidateFunction {
	const key = `${op.operationId}:${status}`;
	let v = schemaValidators.get(key);
	if (!v) {
		v = getSpec().ajv.compile(schema);
		schemaValidators.set(key, v);
	}
	return v;
}

/**
 * Validates a response body against the schema the spec declares for (operationId, status).
 * Returns null when valid (or nothing is declared), else a list of ajv error strings.
 */
export function validateResponse(operationId: string, status: number, body: unknown): string[] | null {
	const op = getSpec().operations.get(operationId);
	if (!op) return [`unknown operation ${operationId}`];
	const ref = op.responses[String(status)];
	if (ref === undefined) return [`status ${status} not declared for ${operationId}`];
	if (ref === null) return body === undefined || body === '' ? null : ['expected no body'];
	const inline = op.responseSchemas?.[String(status)];
	if (!ref.startsWith('#') && !inline) return null;
	const v = inline ? inlineValidator(op, String(status), inline) : schemaValidator(op.schemaId, ref);
	return v(body) ? null : (v.errors || []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
