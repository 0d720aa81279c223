/** B1: bulk profile upserts, the node (batches) against one request per item, sequential and unbounded. */
import type { FakeTalonOne } from '../tools/fake-talon-one';
import { interleaved, LATENCY_MS, log } from './clients';
import { profileUpsertParameters, type ItemsSpec } from './items';
import { n, round, rss, s, summarize, x, type Report } from './stats';

// sizes and repetitions chosen so the whole bench stays well under 5 minutes on 2 cores
const ITEMS = 10_000;
const SEQUENTIAL_SAMPLE = 500;
const REPS = 5;
const SEQUENTIAL_REPS = 3;

export async function measure(server: FakeTalonOne) {
	log('B1 bulk profile upserts');
	const profiles = (count: number): ItemsSpec => ({ kind: 'profiles', count, prefix: 'p-' });
	// Warm-ups are untimed and run at 0 ms latency: the node's at full size, the plain loops' with 500 requests.
	const warmup: ItemsSpec = { kind: 'profiles', count: 500, prefix: 'warm-' };
	const nodeWarmup: ItemsSpec = { kind: 'profiles', count: ITEMS, prefix: 'warm-' };
	const scenario = { latencyMs: LATENCY_MS };
	const runs = await interleaved(
		server,
		{
			node: { config: { variant: 'node', parameters: profileUpsertParameters, items: profiles(ITEMS), warmup: nodeWarmup }, scenario, reps: REPS },
			unbounded: { config: { variant: 'plain', concurrency: null, requests: profiles(ITEMS), warmup }, scenario, reps: REPS },
			sequential: { config: { variant: 'plain', concurrency: 1, requests: profiles(SEQUENTIAL_SAMPLE), warmup }, scenario, reps: SEQUENTIAL_REPS },
		},
		'B1',
	);
	const node = summarize(runs.node);
	const unbounded = summarize(runs.unbounded);
	const sequentialSample = summarize(runs.sequential);
	const factor = ITEMS / SEQUENTIAL_SAMPLE;
	const sequential = {
		...sequentialSample,
		extrapolated: true,
		sampleItems: SEQUENTIAL_SAMPLE,
		sampleMs: sequentialSample.ms,
		ms: round(sequentialSample.ms * factor, 1),
		requests: sequentialSample.requests * factor,
	};
	const withoutParameters = node.ms - node.parametersMs;
	return {
		items: ITEMS,
		latencyMs: LATENCY_MS,
		speedupVsSequential: round(sequential.ms / node.ms, 1),
		speedupVsUnbounded: round(unbounded.ms / node.ms, 2),
		requests: node.requests,
		requestRatio: round(node.requests / ITEMS, 4),
		// Diagnostic, derived: the node's time minus the time n8n-core spent in getNodeParameter (expressions).
		withoutN8nParameterResolution: {
			ms: round(withoutParameters, 1),
			speedupVsSequential: round(sequential.ms / withoutParameters, 1),
			speedupVsUnbounded: round(unbounded.ms / withoutParameters, 2),
		},
		node: { description: 'Customer Profile → Update Many, default options (batches of 1000, Auto)', ...node },
		sequential: { description: `one PUT /v2/customer_profiles/{id} per item, one at a time (measured on ${SEQUENTIAL_SAMPLE} items, ×${factor})`, ...sequential },
		unbounded: { description: 'one PUT /v2/customer_profiles/{id} per item, all fired at once', ...unbounded },
	};
}

export function report(B1: Awaited<ReturnType<typeof measure>>, r: Report): void {
	r.row(`B1 ${n(B1.items)} profile upserts, ${B1.latencyMs} ms latency`, 'node: Update Many, defaults (batches of 1000, Auto)', s(B1.node.ms), n(B1.node.requests), rss(B1.node), `of which n8n getNodeParameter (2 expressions per item): ${s(B1.node.parametersMs)}`);
	r.row('', 'one request per item, sequential', `${s(B1.sequential.ms, 1)} *`, n(B1.sequential.requests), rss(B1.sequential), `* extrapolated ×${B1.items / B1.sequential.sampleItems} from ${n(B1.sequential.sampleItems)} items: ${s(B1.sequential.sampleMs)}`);
	const unboundedNotes = [
		B1.unbounded.failed ? `${n(B1.unbounded.failed)} failed` : '',
		`runs: ${B1.unbounded.runsMs.map((ms) => s(ms, 1)).join(', ')}`,
		B1.unbounded.listenOverflows ? `${n(B1.unbounded.listenOverflows)} TCP listen queue overflows (median)` : '',
	];
	r.row('', 'one request per item, unbounded', s(B1.unbounded.ms), n(B1.unbounded.requests), rss(B1.unbounded), unboundedNotes.filter(Boolean).join('; '));
	r.goal('B1 speedup vs sequential', '≥ 100x', x(B1.speedupVsSequential), B1.speedupVsSequential >= 100);
	r.goal('B1 speedup vs unbounded', '≥ 5x', x(B1.speedupVsUnbounded), B1.speedupVsUnbounded >= 5);
	r.goal('B1 requests', `≤ ${n(B1.items / 100)}`, n(B1.requests), B1.requests <= B1.items / 100);
}
