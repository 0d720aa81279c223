import type { HandlerResult } from './core/errors';
import type { State } from './state';

/** What an operation's handler gets: the state, the validated request, the time and a way to report what it changed. */
export interface HandlerContext {
	state: State;
	operationId: string;
	// Validated against the spec before the handler runs, so handlers read them by the spec's names.
	pathParams: Record<string, any>;
	query: Record<string, any>;
	body: any;
	/** ISO timestamp of the request. */
	now: string;
	/** Reports one applied change (`entityKey` like 'session:<id>'); tests and benchmarks read them as `server.writes`. */
	write: (entityKey: string, body: unknown) => void;
	/** Seeded, for generated codes. */
	random: () => number;
}

/** Synchronous: the operation's effect on the state and its answer. */
export type Handler = (ctx: HandlerContext) => HandlerResult;

/** A resource's handlers by operationId. */
export type Handlers = Record<string, Handler>;
