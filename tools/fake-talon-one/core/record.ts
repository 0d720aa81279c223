import type { ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface RecordedRequest {
	method: string;
	/** Exact request-target as received, e.g. '/v1/coupon_reservations/A%2FB%3FC%23D%25'. */
	rawTarget: string;
	/** Pathname with each segment percent-decoded. */
	path: string;
	/** Decoded path parameters of the matched route. */
	pathParams: Record<string, string>;
	/** The first value of each query parameter. */
	query: Record<string, string>;
	/** Every value of each query parameter, in order. */
	queryValues: Record<string, string[]>;
	/** Lowercased header names. */
	headers: Record<string, string | string[] | undefined>;
	bodyText: string;
	/** Parsed JSON body; undefined when empty or invalid. */
	body: unknown;
	/** Final status sent; 'reset' when a fault destroyed the socket; undefined while pending. */
	status: number | 'reset' | 'aborted' | undefined;
	/** performance.now() at arrival. */
	receivedAt: number;
	operationId: string | undefined;
}

export interface RecordedWrite {
	operationId: string;
	/** 'session:<id>' | 'profile:<id>' | 'event:<id>' | 'coupon:<value>' | 'referral:<code>' | 'audience:<id>' */
	entityKey: string;
	body: unknown;
	/** performance.now() when applied. */
	at: number;
}

/** What the server saw: requests (unless switched off for long benchmarks), applied writes, requests in flight. */
export class Recorder {
	readonly requests: RecordedRequest[] = [];

	readonly writes: RecordedWrite[] = [];

	/** Requests received and not yet answered. */
	inFlight = 0;

	/** The most requests in flight at once since the last reset. */
	maxInFlight = 0;

	constructor(public recordRequests: boolean) {}

	received(record: RecordedRequest, res: ServerResponse): void {
		if (this.recordRequests) this.requests.push(record);
		this.inFlight++;
		this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
		res.on('close', () => this.inFlight--);
	}

	write(operationId: string, entityKey: string, body: unknown): void {
		this.writes.push({ operationId, entityKey, body, at: performance.now() });
	}

	clear(): void {
		this.requests.length = 0;
		this.writes.length = 0;
		this.maxInFlight = this.inFlight;
	}
}
