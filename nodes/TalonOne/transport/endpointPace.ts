/**
 * Talon.One allows its Management API 3 requests per second per endpoint. Each Management request
 * takes its turn here before every attempt (retries too) and says when its answer came. The turns
 * are shared by all items, parallel requests and runs of this n8n process, so a run of any size does
 * not meet a 429.
 */
export const MANAGEMENT_REQUESTS_PER_SECOND = 3;

/** Starts of one endpoint's requests are at least this far apart, spreading the 3 over the second. */
export const MANAGEMENT_INTERVAL_MS = Math.ceil(1000 / MANAGEMENT_REQUESTS_PER_SECOND);

/**
 * A request starts at least this long after the answer to the request three before it. Talon.One
 * received that one before it answered, so four requests can never arrive within one second,
 * however long each took on the network.
 */
export const MANAGEMENT_WINDOW_MS = 1020;

interface EndpointTurns {
	/** The last request to be given its turn; the next waits for it. */
	queue: Promise<void>;
	lastStart: number;
	/** When each of the last three requests was answered (pending while it is in flight). */
	answered: Array<Promise<number>>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Turns per endpoint, given in the order requests ask for them. */
export class EndpointPace {
	private readonly endpoints = new Map<string, EndpointTurns>();

	constructor(
		private readonly perWindow = MANAGEMENT_REQUESTS_PER_SECOND,
		private readonly intervalMs = MANAGEMENT_INTERVAL_MS,
		private readonly windowMs = MANAGEMENT_WINDOW_MS,
	) {}

	/**
	 * Resolves when a request to `endpoint` may start, with the function to call once its answer
	 * (or failure) came. Every turn must be ended, or the endpoint's later requests wait for ever.
	 */
	async turn(endpoint: string): Promise<() => void> {
		const turns = this.turnsOf(endpoint);
		let answer!: (at: number) => void;
		const answered = new Promise<number>((resolve) => (answer = resolve));
		const started = turns.queue.then(async () => {
			const earlier = turns.answered.length >= this.perWindow ? await turns.answered[turns.answered.length - this.perWindow] : -Infinity;
			const wait = Math.max(turns.lastStart + this.intervalMs, earlier + this.windowMs) - Date.now();
			if (wait > 0) await sleep(wait);
			turns.lastStart = Date.now();
			turns.answered = [...turns.answered, answered].slice(-this.perWindow);
		});
		turns.queue = started;
		await started;
		return () => answer(Date.now());
	}

	private turnsOf(endpoint: string): EndpointTurns {
		let turns = this.endpoints.get(endpoint);
		if (!turns) {
			turns = { queue: Promise.resolve(), lastStart: -Infinity, answered: [] };
			this.endpoints.set(endpoint, turns);
		}
		return turns;
	}
}

/** One per process: the limit is Talon.One's, whichever node or run sends. */
export const managementPace = new EndpointPace();

/** The endpoint a request counts against: deployment, method and path template (`/v1/applications/{applicationId}`). */
export function endpointKey(baseUrl: string, method: string, template: string): string {
	return `${baseUrl} ${method} ${template}`;
}
