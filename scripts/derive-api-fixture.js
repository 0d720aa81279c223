#!/usr/bin/env node
// @ts-check
/**
 * Derives a test fixture from one of Talon.One's OpenAPI documents:
 *
 *   node scripts/derive-api-fixture.js ../shared/talon-one-api/integration-api-seeds.json --out test/fixtures/integration-api.json
 *   node scripts/derive-api-fixture.js ../shared/talon-one-api/integration-api-2026-06.json --out test/fixtures/integration-api-2026-06.json
 *   node scripts/derive-api-fixture.js ../shared/talon-one-api/management-api-2026-marketing.json --out test/fixtures/management-api.json
 *
 *   default input: ../shared/talon-one-api/integration-api-seeds.json (relative to the repo root)
 *   default output: test/fixtures/integration-api.json
 *
 * The seeds document refers to components.schemas; today's documents (OpenAPI 3.1) inline every schema,
 * kept as `requestBody.schema` and `responseSchemas[status]`.
 *
 * Only machine-readable validation data is kept: per operation its operationId,
 * method, path, parameters (name, in, required, style, explode, schema), request body schema ref,
 * response schema refs and security; plus components.schemas with every
 * `description`, `example` and `title` annotation (and `x-*` extensions) removed,
 * so no prose is copied. Output is deterministic (operations sorted by operationId).
 * An operation's `security` lists the scheme names of the spec, plus EXTRA_SECURITY.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const REPO_ROOT = path.resolve(__dirname, '..');
const ANNOTATIONS = new Set(['description', 'example', 'examples', 'title', 'externalDocs', 'xml']);
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/**
 * What the OpenAPI document does not declare: Talon.One also takes Management API credentials
 * (`ManagementKey-v1` and `Bearer`, named `management_key` and `manager_auth` as in the Management
 * API document) for the two audience deletions. Kept in the fixture, so the fake Talon.One and the
 * tests read every auth rule from one place.
 * @type {Record<string, string[]>}
 */
const EXTRA_SECURITY = {
	deleteAudienceMembershipsV2: ['management_key', 'manager_auth'],
	deleteAudienceV2: ['management_key', 'manager_auth'],
};

/**
 * Strips annotation keywords from a JSON schema, recursing only into
 * sub-schema positions (so a property *named* "title" is kept).
 * @param {any} schema
 * @returns {any}
 */
function stripSchema(schema) {
  if (Array.isArray(schema)) return schema.map(stripSchema);
  if (!schema || typeof schema !== 'object') return schema;
  /** @type {Record<string, any>} */
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    switch (key) {
      case 'properties':
      case 'patternProperties':
      case 'definitions':
      case '$defs': {
        /** @type {Record<string, any>} */
        const named = {};
        for (const [name, sub] of Object.entries(value)) named[name] = stripSchema(sub);
        out[key] = named;
        break;
      }
      case 'items':
      case 'prefixItems':
      case 'contains':
      case 'if':
      case 'then':
      case 'else':
      case 'additionalProperties':
      case 'not':
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
        out[key] = typeof value === 'object' ? stripSchema(value) : value;
        break;
      default:
        // keyword values (enum, required, default, type, format, ...) are copied verbatim
        out[key] = value;
    }
  }
  return out;
}

/**
 * @param {any} content OpenAPI content map
 * @returns {string | null} the $ref (or null when no JSON schema / inline object)
 */
function contentSchemaRef(content) {
  const schema = content && content['application/json'] && content['application/json'].schema;
  if (!schema) return null;
  if (schema.$ref) return schema.$ref;
  return null;
}

/**
 * Today's documents (OpenAPI 3.1) inline every schema instead of referring to components.
 * @param {any} content OpenAPI content map
 * @returns {any} the stripped inline JSON schema, or undefined when there is none or it is a $ref
 */
function inlineSchema(content) {
  const schema = content && content['application/json'] && content['application/json'].schema;
  return schema && !schema.$ref ? stripSchema(schema) : undefined;
}

/**
 * @param {any} spec parsed OpenAPI document
 */
function deriveFixture(spec) {
  /** @type {any[]} */
  const operations = [];
  for (const [p, item] of Object.entries(spec.paths || {})) {
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method];
      if (!op || !op.operationId) continue;
      const params = [...shared, ...(op.parameters || [])].map((prm) => {
        /** @type {Record<string, any>} */
        const x = { name: prm.name, in: prm.in, required: prm.required === true };
        // how a list is written in the query (form/explode: repeated, explode false: comma-separated)
        if (prm.style !== undefined) x.style = prm.style;
        if (prm.explode !== undefined) x.explode = prm.explode;
        x.schema = stripSchema(prm.schema || {});
        return x;
      });
      /** @type {Record<string, string | null>} */
      const responses = {};
      /** @type {Record<string, any>} */
      const responseSchemas = {};
      for (const status of Object.keys(op.responses || {}).sort()) {
        const r = op.responses[status];
        const ref = contentSchemaRef(r.content);
        const hasJson = !!(r.content && r.content['application/json']);
        responses[status] = ref || (hasJson ? 'object' : null);
        const inline = inlineSchema(r.content);
        if (inline) responseSchemas[status] = inline;
      }
      const bodySchema = op.requestBody ? inlineSchema(op.requestBody.content) : undefined;
      operations.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path: p,
        parameters: params,
        requestBody: op.requestBody
          ? {
              required: op.requestBody.required === true,
              schemaRef: contentSchemaRef(op.requestBody.content),
              ...(bodySchema ? { schema: bodySchema } : {}),
            }
          : null,
        responses,
        ...(Object.keys(responseSchemas).length ? { responseSchemas } : {}),
        security: [
          ...(op.security || spec.security || []).map((/** @type {any} */ s) => Object.keys(s)).flat(),
          ...(EXTRA_SECURITY[op.operationId] || []),
        ],
      });
    }
  }
  operations.sort((a, b) => (a.operationId < b.operationId ? -1 : a.operationId > b.operationId ? 1 : 0));
  /** @type {Record<string, any>} */
  const schemas = {};
  const src = (spec.components && spec.components.schemas) || {};
  for (const name of Object.keys(src).sort()) schemas[name] = stripSchema(src[name]);
  return {
    source: { openapi: spec.openapi, apiVersion: spec.info && spec.info.version },
    operations,
    components: { schemas },
  };
}

function main() {
  const args = process.argv.slice(2);
  let out = path.join(REPO_ROOT, 'test/fixtures/integration-api.json');
  /** @type {string | undefined} */
  let input;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out') out = path.resolve(args[++i]);
    else input = path.resolve(args[i]);
  }
  if (!input) input = path.resolve(REPO_ROOT, '../shared/talon-one-api/integration-api-seeds.json');
  const spec = JSON.parse(fs.readFileSync(input, 'utf8'));
  const fixture = deriveFixture(spec);
  // one line per operation / schema keeps the file compact yet diff-friendly
  const lines = [
    '{',
    `"source":${JSON.stringify(fixture.source)},`,
    '"operations":[',
    fixture.operations.map((o) => JSON.stringify(o)).join(',\n'),
    '],',
    '"components":{"schemas":{',
    Object.entries(fixture.components.schemas)
      .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
      .join(',\n'),
    '}}',
    '}',
  ];
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, lines.join('\n') + '\n');
  process.stdout.write(
    `wrote ${path.relative(process.cwd(), out)}: ${fixture.operations.length} operations, ${Object.keys(fixture.components.schemas).length} schemas\n`,
  );
}

if (require.main === module) main();

module.exports = { deriveFixture, stripSchema };
