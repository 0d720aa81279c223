/**
 * Talon.One allows its Management API 3 requests per second per endpoint. Each Management request
 * takes its turn here before every attempt (retries too). The turns are shared by all items,
 * parallel requests and runs of this n8n process, so a run of any size does not meet a 429.
 */
export const MANAGEMENT_REQUESTS_PER_SECOND = 3;

/**
 * A little more than 1000 / 3 ms between two starts, so that network jitter cannot make four
 * requests arrive within one second (any four consecutive starts are 1.05 s apart).
 */
export const MANAGEMENT_INTERVAL_MS = 350;

/** Start times spaced `intervalMs` apart per endpoint, handed out in the order requests ask. */
export class EndpointPace {
	private readonly next = new Map<string, number>();

	constructor(private readonly intervalMs: number) {}

	/** Resolves when a request to `endpoint` may start. */
	async turn(endpoint: string): Promise<void> {
		const now = Date.now();
		const start = Math.max(now, this.next.get(endpoint) ?? 0);
		this.next.set(endpoint, start + this.intervalMs);
		if (start > now) await new Promise((resolve) => setTimeout(resolve, start - now));
	}
}

/** One per process: the limit is Talon.One's, whichever node or run sends. */
export const managementPace = new EndpointPace(MANAGEMENT_INTERVAL_MS);

/** The endpoint a request counts against: deployment, method and path template (`/v1/applications/{applicationId}`). */
export function endpointKey(baseUrl: string, method: string, template: string): string {
	return `${baseUrl} ${method} ${template}`;
}
