// @ts-check
'use strict';
/**
 * Request validation against the derived spec: path/query parameter coercion
 * (integers must be integers, booleans 'true'/'false', `silent` 'yes'/'no') and
 * JSON body validation with the cached ajv validators.
 */

const { talonError } = require('./errors');

/**
 * @typedef {import('./spec').CompiledOperation} CompiledOperation
 * @typedef {import('./errors').HandlerResult} HandlerResult
 * @typedef {import('./errors').ApiError} ApiError
 */

const INTEGER_RE = /^-?\d+$/;

/**
 * @param {any} schema
 * @param {string} raw
 * @param {string} name
 * @returns {{ value: any } | { error: string }}
 */
function coerce(schema, raw, name) {
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
 * @param {CompiledOperation} op
 * @param {Record<string, string>} pathParams decoded path params
 * @param {Record<string, string>} query raw query strings
 * @returns {{ pathParams: Record<string, any>, query: Record<string, any> } | { error: HandlerResult }}
 */
function validateParams(op, pathParams, query) {
  /** @type {Record<string, any>} */
  const typedPath = {};
  /** @type {Record<string, any>} */
  const typedQuery = {};
  /** @type {ApiError[]} */
  const errors = [];
  let where = 'query';
  for (const p of op.parameters) {
    if (p.in !== 'path' && p.in !== 'query') continue;
    const raw = p.in === 'path' ? pathParams[p.name] : query[p.name];
    const target = p.in === 'path' ? typedPath : typedQuery;
    if (raw === undefined) {
      if (p.required) {
        errors.push({ title: 'Missing parameter', details: `${p.name} is required`, source: { parameter: p.name } });
        if (p.in === 'path') where = 'path';
      } else if (p.schema && p.schema.default !== undefined) {
        target[p.name] = p.schema.default;
      }
      continue;
    }
    const c = coerce(p.schema, raw, p.name);
    if ('error' in c) {
      errors.push({ title: 'Invalid parameter', details: `${p.name} ${c.error}`, source: { parameter: p.name } });
      if (p.in === 'path') where = 'path';
      continue;
    }
    const v = op.paramValidators.get(`${p.in}:${p.name}`);
    if (v && !v(c.value)) {
      errors.push({
        title: 'Invalid parameter',
        details: `${p.name} ${(v.errors || []).map((e) => e.message).join(', ')}`,
        source: { parameter: p.name },
      });
      if (p.in === 'path') where = 'path';
      continue;
    }
    target[p.name] = c.value;
  }
  if (errors.length) return { error: { status: 400, body: talonError(400, `Invalid ${where} parameter`, errors) } };
  return { pathParams: typedPath, query: typedQuery };
}

/** @param {string} keyword */
function titleFor(keyword) {
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

/**
 * @param {CompiledOperation} op
 * @param {string} bodyText
 * @param {{ ok: boolean, value?: any, error?: string }} parsed
 * @returns {HandlerResult | null} null when valid
 */
function validateBody(op, bodyText, parsed) {
  if (!op.requestBody) return null;
  if (bodyText.length === 0 || /^\s*$/.test(bodyText)) {
    if (!op.requestBody.required) return null;
    return {
      status: 400,
      body: talonError(400, 'Missing request body', [{ title: 'Missing request body', details: 'a JSON request body is required', source: { pointer: '' } }]),
    };
  }
  if (!parsed.ok) {
    return {
      status: 400,
      body: talonError(400, 'Invalid JSON in request body', [
        { title: 'Invalid JSON', details: parsed.error || 'could not parse the request body as JSON', source: { pointer: '' } },
      ]),
    };
  }
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

module.exports = { validateParams, validateBody };
