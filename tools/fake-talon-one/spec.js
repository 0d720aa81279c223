// @ts-check
'use strict';
/**
 * Loads test/fixtures/integration-api.json (derived from the OpenAPI spec by
 * scripts/derive-api-fixture.js), builds the route table and compiles (once per
 * process, cached) the ajv validators for request bodies, parameters and responses.
 */

const path = require('node:path');
const Ajv = require('ajv').default;
const addFormats = require('ajv-formats').default;

const FIXTURE_PATH = path.join(__dirname, '..', '..', 'test', 'fixtures', 'integration-api.json');
const SCHEMA_ID = 'talon-integration-api';

/**
 * @typedef {{ name: string, in: 'path'|'query'|'header'|'cookie', required: boolean, schema: any }} ParamSpec
 * @typedef {{
 *   operationId: string, method: string, path: string, parameters: ParamSpec[],
 *   requestBody: { required: boolean, schemaRef: string | null } | null,
 *   responses: Record<string, string | null>, security: string[]
 * }} OperationSpec
 * @typedef {import('ajv').ValidateFunction} ValidateFunction
 * @typedef {OperationSpec & {
 *   segments: Array<{ literal?: string, param?: string }>,
 *   integrationAuth: boolean,
 *   managementAuth: boolean,
 *   validateBody: ValidateFunction | null,
 *   paramValidators: Map<string, ValidateFunction>,
 * }} CompiledOperation
 * @typedef {{ template: string, segments: Array<{ literal?: string, param?: string }>, byMethod: Map<string, CompiledOperation> }} Route
 * @typedef {{
 *   fixture: any, ajv: Ajv, operations: Map<string, CompiledOperation>,
 *   routesBySegmentCount: Map<number, Route[]>,
 * }} CompiledSpec
 */

/** Operations that additionally accept ManagementKey-v1 / Bearer credentials. */
const MANAGEMENT_AUTH_OPERATIONS = new Set(['deleteAudienceV2', 'deleteAudienceMembershipsV2']);

/** @type {CompiledSpec | null} */
let cached = null;

/** @returns {any} */
function loadFixture() {
  return require(FIXTURE_PATH);
}

/** @returns {CompiledSpec} */
function getSpec() {
  if (cached) return cached;
  const fixture = loadFixture();
  const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
  addFormats(ajv);
  // the spec uses `format: "string"` on some ids; treat it as "any string"
  ajv.addFormat('string', true);
  ajv.addSchema({ $id: SCHEMA_ID, components: fixture.components });

  /** @type {Map<string, CompiledOperation>} */
  const operations = new Map();
  /** @type {Map<string, Route>} */
  const routes = new Map();
  for (const op of /** @type {OperationSpec[]} */ (fixture.operations)) {
    const segments = op.path
      .split('/')
      .slice(1)
      .map((s) => (s.startsWith('{') && s.endsWith('}') ? { param: s.slice(1, -1) } : { literal: s }));
    /** @type {Map<string, ValidateFunction>} */
    const paramValidators = new Map();
    for (const p of op.parameters) paramValidators.set(`${p.in}:${p.name}`, ajv.compile(p.schema || {}));
    /** @type {CompiledOperation} */
    const compiled = {
      ...op,
      segments,
      integrationAuth: op.security.includes('integration_auth'),
      managementAuth: MANAGEMENT_AUTH_OPERATIONS.has(op.operationId),
      validateBody: op.requestBody && op.requestBody.schemaRef ? ajv.compile({ $ref: SCHEMA_ID + op.requestBody.schemaRef }) : null,
      paramValidators,
    };
    operations.set(op.operationId, compiled);
    let route = routes.get(op.path);
    if (!route) {
      route = { template: op.path, segments, byMethod: new Map() };
      routes.set(op.path, route);
    }
    route.byMethod.set(op.method, compiled);
  }
  /** @type {Map<number, Route[]>} */
  const routesBySegmentCount = new Map();
  for (const route of routes.values()) {
    const list = routesBySegmentCount.get(route.segments.length) || [];
    list.push(route);
    // routes with more literal segments win (e.g. /customerprofiles/{x} over /{x})
    list.sort((a, b) => literalCount(b) - literalCount(a));
    routesBySegmentCount.set(route.segments.length, list);
  }
  cached = { fixture, ajv, operations, routesBySegmentCount };
  return cached;
}

/** @param {Route} r */
function literalCount(r) {
  return r.segments.filter((s) => s.literal !== undefined).length;
}

/**
 * Matches a raw (still percent-encoded) pathname.
 * @param {string} rawPathname
 * @returns {{ route: Route, rawParams: Record<string, string> } | null}
 */
function matchRoute(rawPathname) {
  const spec = getSpec();
  const parts = rawPathname.split('/').slice(1);
  const candidates = spec.routesBySegmentCount.get(parts.length);
  if (!candidates) return null;
  outer: for (const route of candidates) {
    /** @type {Record<string, string>} */
    const rawParams = {};
    for (let i = 0; i < parts.length; i++) {
      const seg = route.segments[i];
      if (seg.literal !== undefined) {
        if (seg.literal !== parts[i]) continue outer;
      } else {
        if (parts[i] === '') continue outer;
        rawParams[/** @type {string} */ (seg.param)] = parts[i];
      }
    }
    return { route, rawParams };
  }
  return null;
}

/** @type {Map<string, ValidateFunction>} */
const schemaValidators = new Map();

/**
 * Returns a cached validator for `#/components/schemas/<name>` (or a full ref).
 * @param {string} nameOrRef
 * @returns {ValidateFunction}
 */
function schemaValidator(nameOrRef) {
  const ref = nameOrRef.startsWith('#') ? nameOrRef : `#/components/schemas/${nameOrRef}`;
  let v = schemaValidators.get(ref);
  if (!v) {
    v = getSpec().ajv.compile({ $ref: SCHEMA_ID + ref });
    schemaValidators.set(ref, v);
  }
  return v;
}

/**
 * Validates a response body against the schema the spec declares for
 * (operationId, status). Returns null when valid (or nothing is declared),
 * else a list of ajv error strings. Handy for tests.
 * @param {string} operationId
 * @param {number} status
 * @param {unknown} body
 * @returns {string[] | null}
 */
function validateResponse(operationId, status, body) {
  const op = getSpec().operations.get(operationId);
  if (!op) return [`unknown operation ${operationId}`];
  const ref = op.responses[String(status)];
  if (ref === undefined) return [`status ${status} not declared for ${operationId}`];
  if (ref === null) return body === undefined || body === '' ? null : ['expected no body'];
  if (!ref.startsWith('#')) return null;
  const v = schemaValidator(ref);
  return v(body) ? null : (v.errors || []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

module.exports = { getSpec, matchRoute, schemaValidator, validateResponse, FIXTURE_PATH, MANAGEMENT_AUTH_OPERATIONS };
