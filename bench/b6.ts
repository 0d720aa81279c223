/** B6: memory for 100,000 input items: Update Many (batched) and one Update per item, against 10,000 items of each. */
import type { INodeParameters } from 'n8n-workflow';
import type { FakeTalonOne } from '../tools/fake-talon-one';
import { interleaved, log, type ClientConfig } from './clients';
import { profileUpdateParameters, profileUpsertParameters, type ItemsSpec } from './items';
import { n, rss, s, summarize, type Report } from './stats';

const LARGE = 100_000;
const SMALL = 10_000;
/** Short, so per-item runs of 100,000 stay well under a minute; memory, not time, is measured. */
const LATENCY_MS = 2;

const manyItems = (count: number): ItemsSpec => ({ kind: 'profiles', count, prefix: 'p-' });
const perItem = (count: number): ItemsSpec => ({ kind: 'profileUpdates', count, profiles: count, prefix: 'p-' });

function node(parameters: INodeParameters, items: ItemsSpec): ClientConfig {
	return { variant: 'node', parameters, items, warmup: { ...items, count: 500, prefix: 'warm-' } };
}

export async function measure(server: FakeTalonOne) {
	log('B6 memory for 100,000 items');
	const applied: Record<string, number> = {};
	const count = (key: string, operationId: string) => (srv: FakeTalonOne) => {
		applied[key] = srv.writes.filter((w) => w.operationId === operationId).length;
	};
	const scenario = { latencyMs: LATENCY_MS };
	const recording = server.recordRequests;
	server.recordRequests = false;
	try {
		const runs = await interleaved(
			server,
			{
				updateMany100k: { config: node(profileUpsertParameters, manyItems(LARGE)), scenario, reps: 1, inspect: count('updateMany100k', 'updateCustomerProfilesV2') },
				updateMany10k: { config: node(profileUpsertParameters, manyItems(SMALL)), scenario, reps: 1, inspect: count('updateMany10k', 'updateCustomerProfilesV2') },
				update100k: { config: node(profileUpdateParameters, perItem(LARGE)), scenario, reps: 1, inspect: count('update100k', 'updateCustomerProfileV2') },
				update10k: { config: node(profileUpdateParameters, perItem(SMALL)), scenario, reps: 1, inspect: count('update10k', 'updateCustomerProfileV2') },
			},
			'B6',
		);
		const describe = (key: keyof typeof runs, items: number, description: string) => ({
			description,
			items,
			lost: items - applied[key],
			...summarize(runs[key]),
		});
		return {
			latencyMs: LATENCY_MS,
			updateMany100k: describe('updateMany100k', LARGE, 'Customer Profile → Update Many, defaults (batches of 1000)'),
			updateMany10k: describe('updateMany10k', SMALL, 'Customer Profile → Update Many, defaults (batches of 1000)'),
			update100k: describe('update100k', LARGE, 'Customer Profile → Update, one request per item, defaults (Auto)'),
			update10k: describe('update10k', SMALL, 'Customer Profile → Update, one request per item, defaults (Auto)'),
		};
	} finally {
		server.recordRequests = recording;
	}
}

export function report(B6: Awaited<ReturnType<typeof measure>>, r: Report): void {
	const head = `B6 memory, ${B6.latencyMs} ms latency`;
	const rows = [B6.updateMany10k, B6.updateMany100k, B6.update10k, B6.update100k];
	rows.forEach((v, i) => {
		r.row(i === 0 ? head : '', `${v.description}, ${n(v.items)} items`, s(v.ms), '', rss(v), `lost ${n(v.lost)}; ${Math.round(((v.peakRssMB - v.rssAfterWarmupMB) * 1024) / (v.items / 1000))} kB per 1,000 items above the warmed-up process`);
	});
	const perItemGrowth = (v: (typeof rows)[number]) => (v.peakRssMB - v.rssAfterWarmupMB) / v.items;
	// Bounded: 10x the items may cost at most about 10x the memory per item's data, not more.
	const bounded = perItemGrowth(B6.update100k) <= 1.5 * perItemGrowth(B6.update10k) + 0.001;
	r.goal('B6 100,000 items: lost', '0', `${B6.updateMany100k.lost} / ${B6.update100k.lost}`, B6.updateMany100k.lost + B6.update100k.lost === 0);
	r.goal('B6 100,000 items, one request per item: peak RSS', 'grows no faster than the items', `${B6.update100k.peakRssMB} MB (10,000 items: ${B6.update10k.peakRssMB} MB)`, bounded);
}
