// @ts-check
'use strict';
/**
 * Fake Talon.One Integration API server for tests, benchmarks and the e2e sandbox.
 * Plain CommonJS so it runs with `node` and from jest. Types: ./index.d.ts.
 *
 *   const { startFakeTalonOne } = require('./tools/fake-talon-one');
 *   const server = await startFakeTalonOne({ demo: true });
 *   // ... server.url, server.requests, server.writes, server.state ...
 *   await server.close();
 *
 * Pipeline per request: record -> fault rule? -> rate limit -> read body ->
 * latency/delay -> route (404/405) -> auth (401) -> params/body validation (400)
 * -> operation handler (state change + writes) -> response.
 */

const http = require('node:http');
const https = require('node:https');
const { once } = require('node:events');
const { performance } = require('node:perf_hooks');

const { getSpec, matchRoute } = require('./spec');
const { authenticate, contentSignature } = require('./auth');
const { validateParams, validateBody } = require('./validate');
const { talonError, errorResult } = require('./errors');
const { handlers } = require('./handlers');
const { createState, seed } = require('./state');
const { mulberry32, normalizeFaults, takeFault } = require('./faults');

const DEFAULTS = {
  host: '127.0.0.1',
  apiKey: 'test-api-key-0123456789abcdef',
  applicationId: 1,
  applicationKey: '0123456789abcdef0123456789abcdef',
  managementKey: 'test-management-key-abcdef0123',
  bearerToken: 'test-bearer-token-abcdef0123',
};
const MAX_BODY_BYTES = 5 * 1024 * 1024;
const DEFAULT_SEED = 0x7a10e1;

/**
 * @typedef {import('./faults').FaultRule} FaultRule
 * @typedef {import('./faults').ActiveFault} ActiveFault
 * @typedef {import('./errors').HandlerResult} HandlerResult
 * @typedef {{ perSecond: number, retryAfterSeconds?: number }} RateLimitConfig
 * @typedef {{
 *   port?: number, host?: string, apiKey?: string, applicationId?: number, applicationKey?: string,
 *   managementKey?: string, bearerToken?: string, latencyMs?: number, demo?: boolean,
 *   tls?: { key: string | Buffer, cert: string | Buffer }, rateLimit?: RateLimitConfig | null, seed?: number,
 *   recordRequests?: boolean,
 * }} FakeTalonOneOptions
 * @typedef {{
 *   method: string, rawTarget: string, path: string, pathParams: Record<string, string>,
 *   query: Record<string, string>, headers: Record<string, string | string[] | undefined>,
 *   bodyText: string, body: unknown, status: number | 'reset' | 'aborted' | undefined,
 *   receivedAt: number, operationId: string | undefined,
 * }} RecordedRequest
 * @typedef {{ operationId: string, entityKey: string, body: unknown, at: number }} RecordedWrite
 */

class FakeTalonOne {
  /**
   * @param {FakeTalonOneOptions} [options]
   */
  constructor(options = {}) {
    const o = { ...DEFAULTS, ...stripUndefined(options) };
    if (!/^([0-9a-fA-F]{2})+$/.test(o.applicationKey)) throw new TypeError('applicationKey must be a hex string');
    /** resolved credentials and settings */
    this.options = {
      host: o.host,
      apiKey: o.apiKey,
      applicationId: o.applicationId,
      applicationKey: o.applicationKey,
      managementKey: o.managementKey,
      bearerToken: o.bearerToken,
      demo: !!o.demo,
      tls: !!o.tls,
    };
    this._auth = {
      apiKey: o.apiKey,
      managementKey: o.managementKey,
      bearerToken: o.bearerToken,
      applicationId: o.applicationId,
      appKeyBytes: Buffer.from(o.applicationKey, 'hex'),
    };
    this._seed = o.seed === undefined ? DEFAULT_SEED : o.seed;
    this._latencyMs = o.latencyMs || 0;
    /** when false, `requests` stays empty (long benchmarks); writes are always recorded */
    this.recordRequests = o.recordRequests !== false;
    /** @type {RateLimitConfig | null} */
    this._rateLimit = o.rateLimit || null;
    this._rlWindowStart = -Infinity;
    this._rlCount = 0;
    /** @type {RecordedRequest[]} */
    this.requests = [];
    /** @type {RecordedWrite[]} */
    this.writes = [];
    /** requests received and not yet answered, and the most there were at once since the last reset */
    this.inFlight = 0;
    this.maxInFlight = 0;
    /** @type {ActiveFault[]} active fault rules with `remaining` / `fired` counters */
    this.faults = [];
    this._faultRandom = mulberry32(this._seed);
    this._codeRandom = mulberry32(this._seed ^ 0x5eed);
    /** @type {Set<NodeJS.Timeout>} */
    this._timers = new Set();
    this.state = createState(o.applicationId);
    seed(this.state, this.options.demo);
    this.url = '';
    this.port = 0;
    getSpec(); // compile validators up front (cached per process)
    const handler = /** @type {http.RequestListener} */ ((req, res) => this._onRequest(req, res));
    /** @type {http.Server} */
    this.server = o.tls ? https.createServer({ key: o.tls.key, cert: o.tls.cert }, handler) : http.createServer(handler);
    this.server.keepAliveTimeout = 30_000;
    this.server.headersTimeout = 35_000;
    this.server.requestTimeout = 0;
    this._requestedPort = o.port || 0;
  }

  /** @returns {Promise<this>} */
  async listen() {
    this.server.listen(this._requestedPort, this.options.host);
    await once(this.server, 'listening');
    const addr = /** @type {import('node:net').AddressInfo} */ (this.server.address());
    this.port = addr.port;
    const host = addr.family === 'IPv6' || addr.family === /** @type {any} */ (6) ? `[${addr.address}]` : addr.address;
    this.url = `${this.options.tls ? 'https' : 'http'}://${host}:${addr.port}`;
    return this;
  }

  /** @param {number} ms */
  setLatency(ms) {
    this._latencyMs = Math.max(0, Number(ms) || 0);
  }

  /** @param {RateLimitConfig | null} cfg */
  setRateLimit(cfg) {
    this._rateLimit = cfg || null;
    this._rlWindowStart = -Infinity;
    this._rlCount = 0;
  }

  /**
   * Replaces the fault rules (and re-seeds the PRNG used by `fraction`).
   * @param {FaultRule[]} rules
   * @param {{ seed?: number }} [opts]
   */
  setFaults(rules, opts = {}) {
    this.faults = normalizeFaults(rules || []);
    this._faultRandom = mulberry32(opts.seed === undefined ? this._seed : opts.seed);
  }

  /** Clears requests, writes, faults, rate-limit window and state (re-seeding demo data when enabled); delayed answers still pending are never sent. */
  reset() {
    for (const t of this._timers) clearTimeout(t);
    this._timers.clear();
    this.requests.length = 0;
    this.writes.length = 0;
    this.maxInFlight = this.inFlight;
    this.faults = [];
    this._faultRandom = mulberry32(this._seed);
    this._codeRandom = mulberry32(this._seed ^ 0x5eed);
    this._rlWindowStart = -Infinity;
    this._rlCount = 0;
    this.state = createState(this.options.applicationId);
    seed(this.state, this.options.demo);
  }

  /**
   * `Authorization` header value for the API key.
   * @returns {string}
   */
  apiKeyAuthorization() {
    return `ApiKey-v1 ${this.options.apiKey}`;
  }

  /**
   * `Content-Signature` header value for a raw body.
   * @param {string | Buffer} body
   */
  contentSignature(body) {
    return contentSignature(this.options.applicationId, this.options.applicationKey, body);
  }

  /** Closes the server including idle keep-alive sockets; cancels pending delayed responses. */
  async close() {
    for (const t of this._timers) clearTimeout(t);
    this._timers.clear();
    if (!this.server.listening) return;
    const closed = new Promise((resolve) => this.server.close(() => resolve(undefined)));
    this.server.closeAllConnections();
    await closed;
  }

  // -------------------------------------------------------------------------

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   */
  _onRequest(req, res) {
    const receivedAt = performance.now();
    const rawTarget = req.url || '/';
    const method = (req.method || 'GET').toUpperCase();
    let pathname = rawTarget;
    let rawQuery = '';
    if (!rawTarget.startsWith('/')) {
      try {
        const u = new URL(rawTarget);
        pathname = u.pathname;
        rawQuery = u.search.slice(1);
      } catch {
        /* keep as is */
      }
    } else {
      const q = rawTarget.indexOf('?');
      if (q >= 0) {
        pathname = rawTarget.slice(0, q);
        rawQuery = rawTarget.slice(q + 1);
      }
    }
    const hash = rawQuery.indexOf('#');
    if (hash >= 0) rawQuery = rawQuery.slice(0, hash);

    let decodedPath = pathname;
    let badEncoding = false;
    try {
      decodedPath = pathname.includes('%') ? pathname.split('/').map(decodeURIComponent).join('/') : pathname;
    } catch {
      badEncoding = true;
    }
    /** @type {Record<string, string>} */
    const query = {};
    if (rawQuery) {
      for (const [k, v] of new URLSearchParams(rawQuery)) if (!(k in query)) query[k] = v;
    }
    const match = badEncoding ? null : matchRoute(pathname);
    /** @type {Record<string, string>} */
    const pathParams = {};
    if (match) {
      for (const k of Object.keys(match.rawParams)) {
        const raw = match.rawParams[k];
        pathParams[k] = raw.includes('%') ? decodeURIComponent(raw) : raw;
      }
    }
    const op = match ? match.route.byMethod.get(method) || null : null;

    /** @type {RecordedRequest} */
    const record = {
      method,
      rawTarget,
      path: decodedPath,
      pathParams,
      query,
      headers: { ...req.headers },
      bodyText: '',
      body: undefined,
      status: undefined,
      receivedAt,
      operationId: op ? op.operationId : undefined,
    };
    if (this.recordRequests) this.requests.push(record);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    res.on('close', () => this.inFlight--);

    const fault = this.faults.length ? takeFault(this.faults, record, this._faultRandom) : null;
    if (fault && fault.kind === 'resetBeforeBody') {
      record.status = 'reset';
      req.socket.destroy();
      return;
    }
    const limited = !fault && this._isRateLimited(receivedAt);

    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('error', () => {
      if (record.status === undefined) record.status = 'aborted';
    });
    req.on('end', () => {
      const raw = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      const tooLarge = size > MAX_BODY_BYTES;
      record.bodyText = tooLarge ? '' : raw.toString('utf8');
      /** @type {{ ok: boolean, value?: any, error?: string }} */
      let parsed = { ok: false };
      if (record.bodyText.length) {
        try {
          parsed = { ok: true, value: JSON.parse(record.bodyText) };
          record.body = parsed.value;
        } catch (e) {
          parsed = { ok: false, error: /** @type {Error} */ (e).message };
        }
      }
      const run = () => {
        try {
          this._process(req, res, record, { op, matched: !!match, badEncoding, fault, limited, raw, parsed, tooLarge, match });
        } catch (e) {
          this._send(res, record, { status: 500, body: talonError(500, 'Internal fake server error', [{ title: 'Internal Server Error', details: String(e && /** @type {Error} */ (e).stack || e), source: {} }]) });
        }
      };
      const delay = this._latencyMs + (fault && fault.kind === 'delay' ? fault.ms : 0);
      if (delay > 0) {
        const t = setTimeout(() => {
          this._timers.delete(t);
          run();
        }, delay);
        this._timers.add(t);
      } else {
        run();
      }
    });
  }

  /** @param {number} now */
  _isRateLimited(now) {
    const rl = this._rateLimit;
    if (!rl) return false;
    if (now - this._rlWindowStart >= 1000) {
      this._rlWindowStart = now;
      this._rlCount = 0;
    }
    this._rlCount++;
    return this._rlCount > rl.perSecond;
  }

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @param {RecordedRequest} record
   * @param {{ op: import('./spec').CompiledOperation | null, matched: boolean, badEncoding: boolean, fault: ActiveFault | null,
   *   limited: boolean, raw: Buffer, parsed: { ok: boolean, value?: any, error?: string }, tooLarge: boolean,
   *   match: ReturnType<typeof matchRoute> }} ctx
   */
  _process(req, res, record, ctx) {
    const { op, fault } = ctx;
    if (fault && (fault.kind === 'status' || fault.kind === 'rawBody') && !fault.apply) {
      this._sendFault(res, record, fault);
      return;
    }
    if (ctx.limited) {
      const rl = /** @type {RateLimitConfig} */ (this._rateLimit);
      const retryAfter = rl.retryAfterSeconds !== undefined ? rl.retryAfterSeconds : 1;
      const r = errorResult(429, 'Too many requests', `rate limit of ${rl.perSecond} requests per second exceeded`);
      r.headers = { 'retry-after': String(retryAfter) };
      this._send(res, record, r);
      return;
    }
    if (ctx.badEncoding) {
      this._send(res, record, errorResult(400, 'Malformed percent-encoding in request path', undefined, { pointer: '/path' }));
      return;
    }
    if (!op) {
      if (ctx.matched && ctx.match) {
        const allow = [...ctx.match.route.byMethod.keys()].join(', ');
        const r = errorResult(405, 'Method not allowed', `${record.method} is not allowed on ${ctx.match.route.template}; allowed: ${allow}`);
        r.headers = { allow };
        this._send(res, record, r);
      } else {
        this._send(res, record, errorResult(404, 'Not found', `no route for ${record.method} ${record.path}`));
      }
      return;
    }
    const authFailure = authenticate(this._auth, op, req.headers, ctx.raw);
    if (authFailure) {
      this._send(res, record, {
        status: 401,
        body: talonError(401, 'Unauthorized', [{ title: 'Unauthorized', details: authFailure.details, source: { pointer: authFailure.pointer } }]),
      });
      return;
    }
    if (ctx.tooLarge) {
      this._send(res, record, errorResult(413, 'Request body too large', `at most ${MAX_BODY_BYTES} bytes`));
      return;
    }
    const params = validateParams(op, record.pathParams, record.query);
    if ('error' in params) {
      this._send(res, record, params.error);
      return;
    }
    const bodyError = validateBody(op, record.bodyText, ctx.parsed);
    if (bodyError) {
      this._send(res, record, bodyError);
      return;
    }
    const handle = handlers[op.operationId];
    const operationId = op.operationId;
    const result = handle({
      state: this.state,
      operationId,
      pathParams: params.pathParams,
      query: params.query,
      body: op.requestBody ? ctx.parsed.value : undefined,
      now: new Date().toISOString(),
      write: (entityKey, body) => {
        this.writes.push({ operationId, entityKey, body, at: performance.now() });
      },
      random: this._codeRandom,
    });
    if (fault && fault.kind === 'resetAfterApply') {
      record.status = 'reset';
      req.socket.destroy();
      return;
    }
    if (fault && (fault.kind === 'status' || fault.kind === 'rawBody')) {
      this._sendFault(res, record, fault);
      return;
    }
    this._send(res, record, result);
  }

  /**
   * @param {http.ServerResponse} res
   * @param {RecordedRequest} record
   * @param {ActiveFault} fault
   */
  _sendFault(res, record, fault) {
    if (fault.kind === 'rawBody') {
      /** @type {Record<string, string>} */
      const headers = {};
      if (fault.contentType) headers['content-type'] = fault.contentType;
      this._send(res, record, { status: fault.status, body: fault.body === undefined ? '' : fault.body, headers }, true);
      return;
    }
    if (fault.kind !== 'status') return;
    /** @type {Record<string, string>} */
    const headers = {};
    for (const [k, v] of Object.entries(fault.headers || {})) headers[k.toLowerCase()] = String(v);
    const body =
      fault.body !== undefined
        ? fault.body
        : fault.status >= 400
          ? talonError(fault.status, `Injected ${fault.status} fault`)
          : undefined;
    this._send(res, record, { status: fault.status, body, headers });
  }

  /**
   * @param {http.ServerResponse} res
   * @param {RecordedRequest} record
   * @param {HandlerResult} result
   * @param {boolean} [raw] send body verbatim (no default content-type)
   */
  _send(res, record, result, raw = false) {
    record.status = result.status;
    if (res.destroyed || res.writableEnded) return;
    /** @type {Record<string, string | number>} */
    const headers = { ...(result.headers || {}) };
    const { status, body } = result;
    if (body === undefined || status === 204 || status === 304 || record.method === 'HEAD') {
      if (status !== 204 && status !== 304) headers['content-length'] = 0;
      res.writeHead(status, headers);
      res.end();
      return;
    }
    /** @type {string | Buffer} */
    let payload;
    if (typeof body === 'string' || Buffer.isBuffer(body)) {
      payload = body;
      if (!raw && headers['content-type'] === undefined) headers['content-type'] = 'text/plain; charset=utf-8';
    } else {
      payload = JSON.stringify(body);
      if (headers['content-type'] === undefined) headers['content-type'] = 'application/json';
    }
    headers['content-length'] = Buffer.byteLength(payload);
    res.writeHead(status, headers);
    res.end(payload);
  }
}

/**
 * @template {Record<string, any>} T
 * @param {T} o
 * @returns {Partial<T>}
 */
function stripUndefined(o) {
  /** @type {Record<string, any>} */
  const out = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return /** @type {Partial<T>} */ (out);
}

/**
 * Starts a fake Talon.One server and resolves once it is listening.
 * @param {FakeTalonOneOptions} [options]
 * @returns {Promise<FakeTalonOne>}
 */
async function startFakeTalonOne(options = {}) {
  const server = new FakeTalonOne(options);
  await server.listen();
  return server;
}

module.exports = { startFakeTalonOne, FakeTalonOne, DEFAULTS, contentSignature };
