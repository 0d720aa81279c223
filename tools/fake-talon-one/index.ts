/**
 * Fake Talon.One for tests, benchmarks and the sandbox:
 *
 *   const server = await startFakeTalonOne({ demo: true });
 *   // ... server.url, server.requests, server.writes, server.state ...
 *   await server.close();
 *
 * Layout: core/ serves any operation of the spec fixtures (routing, auth, validation, faults,
 * rate limit, recording); resources/<resource>/ holds each operation's handler and the state it
 * changes, one folder per resource as in nodes/TalonOne/operations/.
 */
export { FakeTalonOne, startFakeTalonOne } from './server';
export { DEFAULTS, type FakeTalonOneOptions } from './options';
export { contentSignature } from './core/auth';
export type { ActiveFault, FaultMatch, FaultRule } from './core/faults';
export type { RateLimitConfig } from './core/rateLimit';
export type { RecordedRequest, RecordedWrite } from './core/record';
export type { State as FakeState } from './state';
