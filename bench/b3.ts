/** B3: per-item overhead at 0 ms latency: the node in n8n-core against a plain undici loop replaying its exact requests. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FakeTalonOne } from '../tools/fake-talon-one';
import { interleaved, log } from './clients';
import { sessionUpdateParameters, type ItemsSpec, type PlainRequest } from './items';
import { n, round, rss, s, summarize, type Report } from './stats';

const ITEMS = 5_000;
const PARALLEL = 8;
const REPS = 5;

async function runs(server: FakeTalonOne, replayFile: string) {
	const items: ItemsSpec = { kind: 'sessions', count: ITEMS, sessions: ITEMS, prefix: 'o-' };
	const warmup: ItemsSpec = { kind: 'sessions', count: 500, sessions: 500, prefix: 'warm-' };
	const scenario = { latencyMs: 0 };
	// The floor replays exactly the requests the node sent (recorded on its first run).
	const record = (srv: FakeTalonOne, index: number) => {
		if (index !== 0) return;
		const requests: PlainRequest[] = srv.requests.map((r) => ({ method: r.method, target: r.rawTarget, body: r.bodyText }));
		writeFileSync(replayFile, JSON.stringify(requests));
	};
	const parameters = { ...sessionUpdateParameters, options: { maxParallel: PARALLEL } };
	return await interleaved(
		server,
		{
			node: { config: { variant: 'node', parameters, items, warmup: { ...items, prefix: 'warm-' } }, scenario, reps: REPS, inspect: record },
			floor: { config: { variant: 'plain', concurrency: PARALLEL, requests: { kind: 'replay', file: replayFile }, warmup }, scenario, reps: REPS },
		},
		'B3',
	);
}

export async function measure(server: FakeTalonOne) {
	log('B3 per-item overhead at 0 ms latency');
	const tmp = mkdtempSync(path.join(os.tmpdir(), 'talon-one-bench-'));
	try {
		const measured = await runs(server, path.join(tmp, 'requests.json'));
		const node = summarize(measured.node);
		const floor = summarize(measured.floor);
		const perItem = (ms: number) => round((ms * 1000) / ITEMS, 1);
		return {
			items: ITEMS,
			parallel: PARALLEL,
			ratioToFloor: round(node.ms / floor.ms, 2),
			usPerItemNode: perItem(node.ms),
			usPerItemFloor: perItem(floor.ms),
			// Where the node's time per item goes (medians of the runs).
			usPerItemBreakdown: {
				n8nParameterResolution: perItem(node.parametersMs),
				nodeValidationAndBuild: perItem(node.prepareMs - node.parametersMs),
				sendingAndRest: perItem(node.ms - node.prepareMs),
			},
			ratioToFloorExcludingParameterResolution: round((node.ms - node.parametersMs) / floor.ms, 2),
			node: { description: `Customer Session → Update, Max Parallel Requests ${PARALLEL}, in n8n-core's WorkflowExecute`, ...node },
			floor: { description: `plain undici loop replaying the node's exact requests, ${PARALLEL} at a time`, ...floor },
		};
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}

export function report(B3: Awaited<ReturnType<typeof measure>>, r: Report): void {
	const b = B3.usPerItemBreakdown;
	r.row(`B3 ${n(B3.items)} session updates, 0 ms latency`, `node in n8n-core, ${B3.parallel} parallel`, `${s(B3.node.ms)} (${B3.usPerItemNode} µs/item)`, n(B3.node.requests), rss(B3.node), `per item: n8n getNodeParameter (2 expressions) ${b.n8nParameterResolution} µs, node validation ${b.nodeValidationAndBuild} µs, sending and the rest ${b.sendingAndRest} µs`);
	r.row('', `plain undici loop, same requests, ${B3.parallel} at a time (floor)`, `${s(B3.floor.ms)} (${B3.usPerItemFloor} µs/item)`, n(B3.floor.requests), rss(B3.floor), '');
	r.goal('B3 node vs floor', '≤ 1.5x', `${B3.ratioToFloor}x`, B3.ratioToFloor <= 1.5);
}
