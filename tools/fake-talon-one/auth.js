// @ts-check
'use strict';
/**
 * Authentication checks:
 *  - `Authorization: ApiKey-v1 <apiKey>`: every operation.
 *  - `Authorization: ManagementKey-v1 <key>` / `Authorization: Bearer <token>`:
 *    only deleteAudienceV2 and deleteAudienceMembershipsV2.
 *  - `Content-Signature: signer=<applicationId>; signature=<hex HMAC-MD5(raw body)>`
 *    keyed with the hex-decoded application key: only operations whose spec
 *    security lists `integration_auth`. Used only when no Authorization header is sent
 *    (a present-but-wrong Authorization header is always a 401).
 * Secrets are compared in constant time and never echoed back.
 */

const crypto = require('node:crypto');

/**
 * @param {string} a
 * @param {string} b
 */
function safeEqual(a, b) {
  const ab = Buffer.from(a, 'utf8');
  const bb = Buffer.from(b, 'utf8');
  if (ab.length !== bb.length) {
    crypto.timingSafeEqual(ab, ab);
    return false;
  }
  return crypto.timingSafeEqual(ab, bb);
}

/**
 * @typedef {{ apiKey: string, managementKey: string, bearerToken: string, applicationId: number, appKeyBytes: Buffer }} AuthConfig
 * @typedef {{ details: string, pointer: string }} AuthFailure
 */

/**
 * @param {string} header
 * @returns {{ signer?: string, signature?: string }}
 */
function parseContentSignature(header) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    out[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1).trim();
  }
  return out;
}

/**
 * @param {AuthConfig} cfg
 * @param {{ integrationAuth: boolean, managementAuth: boolean }} op
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {Buffer} rawBody
 * @returns {AuthFailure | null} null when authenticated
 */
function authenticate(cfg, op, headers, rawBody) {
  const authz = headers.authorization;
  if (authz !== undefined) {
    const trimmed = authz.trim();
    const sp = trimmed.indexOf(' ');
    const scheme = (sp < 0 ? trimmed : trimmed.slice(0, sp)).toLowerCase();
    const cred = sp < 0 ? '' : trimmed.slice(sp + 1).trim();
    const pointer = '/headers/authorization';
    switch (scheme) {
      case 'apikey-v1':
        return safeEqual(cred, cfg.apiKey) ? null : { details: 'The API key is invalid or expired.', pointer };
      case 'managementkey-v1':
        if (!op.managementAuth) return { details: 'Management API keys are not accepted by this endpoint.', pointer };
        return safeEqual(cred, cfg.managementKey) ? null : { details: 'The management key is invalid or expired.', pointer };
      case 'bearer':
        if (!op.managementAuth) return { details: 'Bearer tokens are not accepted by this endpoint.', pointer };
        return safeEqual(cred, cfg.bearerToken) ? null : { details: 'The bearer token is invalid or expired.', pointer };
      default:
        return { details: 'Unsupported authorization scheme.', pointer };
    }
  }
  const sigHeader = headers['content-signature'];
  if (sigHeader !== undefined) {
    const pointer = '/headers/content-signature';
    if (!op.integrationAuth) return { details: 'Content-Signature authentication is not accepted by this endpoint.', pointer };
    const { signer, signature } = parseContentSignature(String(sigHeader));
    if (signer === undefined || signature === undefined || !/^[0-9a-fA-F]{32}$/.test(signature)) {
      return { details: 'Malformed Content-Signature header.', pointer };
    }
    const expected = crypto.createHmac('md5', cfg.appKeyBytes).update(rawBody).digest();
    const given = Buffer.from(signature, 'hex');
    const sigOk = crypto.timingSafeEqual(expected, given);
    const signerOk = signer === String(cfg.applicationId);
    return sigOk && signerOk ? null : { details: 'Invalid request signature.', pointer };
  }
  return { details: 'Missing Authorization header.', pointer: '/headers/authorization' };
}

/**
 * Computes a Content-Signature header value (helper for tests and clients).
 * @param {number} applicationId
 * @param {string} applicationKeyHex
 * @param {string | Buffer} body
 */
function contentSignature(applicationId, applicationKeyHex, body) {
  const sig = crypto.createHmac('md5', Buffer.from(applicationKeyHex, 'hex')).update(body).digest('hex');
  return `signer=${applicationId}; signature=${sig}`;
}

module.exports = { authenticate, contentSignature, safeEqual, parseContentSignature };
