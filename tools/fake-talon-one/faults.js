// @ts-check
'use strict';
/**
 * Fault injection rules for setFaults(). Rules are checked in list order for
 * every request; the first rule that matches (and whose `fraction` draw hits)
 * fires and has its `times` decremented (default 1, Infinity allowed).
 *
 * Kinds:
 *   { kind: 'status', status, headers?, body?: string|object, apply?: boolean }
 *   { kind: 'resetBeforeBody' }   socket destroyed before the body is read; nothing applied
 *   { kind: 'resetAfterApply' }   request processed and applied, then socket destroyed (no response)
 *   { kind: 'delay', ms }         request processed normally, response (and apply) delayed by ms
 *   { kind: 'rawBody', status, contentType?, body: string, apply?: boolean }
 * `apply: true` (status/rawBody) first runs the real operation (writes applied),
 * then replaces its response with the faulty one. Default: not applied.
 */

/**
 * @typedef {{ operationId?: string, method?: string, pathIncludes?: string }} FaultMatch
 * @typedef {{ match?: FaultMatch, times?: number, fraction?: number } & (
 *   | { kind: 'status', status: number, headers?: Record<string, string>, body?: string | object, apply?: boolean }
 *   | { kind: 'resetBeforeBody' }
 *   | { kind: 'resetAfterApply' }
 *   | { kind: 'delay', ms: number }
 *   | { kind: 'rawBody', status: number, contentType?: string, body?: string | Buffer, apply?: boolean }
 * )} FaultRule
 * @typedef {FaultRule & { remaining: number, fired: number }} ActiveFault
 */

/**
 * Deterministic PRNG (mulberry32).
 * @param {number} seed
 * @returns {() => number} in [0, 1)
 */
function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = new Set(['status', 'resetBeforeBody', 'resetAfterApply', 'delay', 'rawBody']);

/**
 * @param {FaultRule[]} rules
 * @returns {ActiveFault[]}
 */
function normalizeFaults(rules) {
  if (!Array.isArray(rules)) throw new TypeError('setFaults expects an array of rules');
  return rules.map((r, i) => {
    if (!r || !KINDS.has(r.kind)) throw new TypeError(`fault rule ${i}: unknown kind ${r && r.kind}`);
    if ((r.kind === 'status' || r.kind === 'rawBody') && !Number.isInteger(r.status)) {
      throw new TypeError(`fault rule ${i}: status required`);
    }
    const times = r.times === undefined ? 1 : r.times;
    if (!(times >= 0)) throw new TypeError(`fault rule ${i}: bad times`);
    return /** @type {ActiveFault} */ ({ ...r, remaining: times, fired: 0 });
  });
}

/**
 * @param {ActiveFault[]} faults
 * @param {{ method: string, path: string, rawTarget: string, operationId?: string | null }} req
 * @param {() => number} random
 * @returns {ActiveFault | null}
 */
function takeFault(faults, req, random) {
  for (const f of faults) {
    if (f.remaining <= 0) continue;
    const m = f.match;
    if (m) {
      if (m.operationId !== undefined && m.operationId !== req.operationId) continue;
      if (m.method !== undefined && m.method.toUpperCase() !== req.method) continue;
      if (m.pathIncludes !== undefined && !req.path.includes(m.pathIncludes) && !req.rawTarget.includes(m.pathIncludes)) continue;
    }
    if (f.fraction !== undefined && !(random() < f.fraction)) continue;
    f.remaining--;
    f.fired++;
    return f;
  }
  return null;
}

module.exports = { mulberry32, normalizeFaults, takeFault };
