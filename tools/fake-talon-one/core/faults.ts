/**
 * Fault injection rules for setFaults(). Rules are checked in list order for every request; the
 * first rule that matches (and whose `fraction` draw hits) fires and has its `times` decremented
 * (default 1, Infinity allowed).
 *
 *   status           answer with this status (and headers, body)
 *   resetBeforeBody  socket destroyed before the body is read; nothing applied
 *   resetAfterApply  request processed and applied, then socket destroyed (no response)
 *   delay            request processed normally, response (and apply) delayed by ms
 *   rawBody          answer with this status and body verbatim
 *   busy             409 "Too many requests are updating this session (profile) at the same time",
 *                    Talon.One's answer while other requests change the same customer; not applied
 * `apply: true` (status, rawBody) first runs the real operation (writes applied), then replaces
 * its response with the faulty one. Default: not applied.
 */
import { mulberry32 } from './random';
import type { RecordedRequest } from './record';

export interface FaultMatch {
	operationId?: string;
	method?: string;
	/** Substring of the decoded path or of the raw request-target. */
	pathIncludes?: string;
}

interface FaultCommon {
	match?: FaultMatch;
	/** Default 1; Infinity allowed. */
	times?: number;
	/** 0..1, drawn from a seeded PRNG (deterministic). */
	fraction?: number;
}

export type FaultRule = FaultCommon &
	(
		| { kind: 'status'; status: number; headers?: Record<string, string>; body?: string | object; apply?: boolean }
		| { kind: 'resetBeforeBody' }
		| { kind: 'resetAfterApply' }
		| { kind: 'delay'; ms: number }
		| { kind: 'rawBody'; status: number; contentType?: string; body?: string | Buffer; apply?: boolean }
		| { kind: 'busy' }
	);

export type ActiveFault = FaultRule & { remaining: number; fired: number };

/** Faults that replace the response. */
export type ResponseFault = Extract<ActiveFault, { kind: 'status' | 'rawBody' }>;

export const isResponseFault = (fault: ActiveFault | null): fault is ResponseFault =>
	fault !== null && (fault.kind === 'status' || fault.kind === 'rawBody');

const KINDS = new Set(['status', 'resetBeforeBody', 'resetAfterApply', 'delay', 'rawBody', 'busy']);

function normalizeFaults(rules: FaultRule[]): ActiveFault[] {
	if (!Array.isArray(rules)) throw new TypeError('setFaults expects an array of rules');
	return rules.map((r, i) => {
		if (!r || !KINDS.has(r.kind)) throw new TypeError(`fault rule ${i}: unknown kind ${r && r.kind}`);
		if ((r.kind === 'status' || r.kind === 'rawBody') && !Number.isInteger(r.status)) {
			throw new TypeError(`fault rule ${i}: status required`);
		}
		const times = r.times === undefined ? 1 : r.times;
		if (!(times >= 0)) throw new TypeError(`fault rule ${i}: bad times`);
		return { ...r, remaining: times, fired: 0 };
	});
}

function matches(match: FaultMatch | undefined, req: RecordedRequest): boolean {
	if (!match) return true;
	if (match.operationId !== undefined && match.operationId !== req.operationId) return false;
	if (match.method !== undefined && match.method.toUpperCase() !== req.method) return false;
	return match.pathIncludes === undefined || req.path.includes(match.pathIncludes) || req.rawTarget.includes(match.pathIncludes);
}

/** The active fault rules, with `remaining` and `fired` counters, and the seeded draw for `fraction`. */
export class FaultInjector {
	rules: ActiveFault[] = [];

	private random: () => number;

	constructor(private readonly seed: number) {
		this.random = mulberry32(seed);
	}

	/** Replaces the rules and re-seeds the draw (with the server's seed unless given). */
	set(rules: FaultRule[], seed = this.seed): void {
		this.rules = normalizeFaults(rules || []);
		this.random = mulberry32(seed);
	}

	clear(): void {
		this.set([]);
	}

	take(req: RecordedRequest): ActiveFault | null {
		for (const fault of this.rules) {
			if (fault.remaining <= 0 || !matches(fault.match, req)) continue;
			if (fault.fraction !== undefined && !(this.random() < fault.fraction)) continue;
			fault.remaining--;
			fault.fired++;
			return fault;
		}
		return null;
	}
}
