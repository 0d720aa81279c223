/**
 * `npm run bench`: B1-B7 from the performance issues, one file each. This process hosts the fake
 * Talon.One (127.0.0.1 only); every measured client run is a separate worker process (worker.ts),
 * so its peak memory is its own and no run inherits another's JIT or heap. Variants that are
 * compared are measured in the same bench run, interleaved, and reported as medians.
 *
 *   node bench/.build/bench/run.js            all benchmarks, writes bench/results.json
 *   node bench/.build/bench/run.js B2 B3      a subset (printed only; add --write to write)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { run } from '../tools/cliEntry';
import { startFakeTalonOne } from '../tools/fake-talon-one';
import { REPO_ROOT } from '../tools/repoRoot';
import * as B1 from './b1';
import * as B2 from './b2';
import * as B3 from './b3';
import * as B4 from './b4';
import * as B5 from './b5';
import * as B6 from './b6';
import * as B7 from './b7';
import { Report, round, s } from './stats';

const USAGE = 'usage: node bench/.build/bench/run.js [B1] [B2] [B3] [B4] [B5] [B6] [B7] [--write]\n  no benchmark named: all of them, and bench/results.json is written\n';

type Results = {
	B1?: Awaited<ReturnType<typeof B1.measure>>;
	B2?: Awaited<ReturnType<typeof B2.measure>>;
	B3?: Awaited<ReturnType<typeof B3.measure>>;
	B4?: Awaited<ReturnType<typeof B4.measure>>;
	B5?: Awaited<ReturnType<typeof B5.measure>>;
	B6?: Awaited<ReturnType<typeof B6.measure>>;
	B7?: Awaited<ReturnType<typeof B7.measure>>;
};

async function measure(wanted: (name: keyof Results) => boolean): Promise<Results> {
	const results: Results = {};
	const server = await startFakeTalonOne({ demo: true, host: '127.0.0.1', recordRequests: true });
	try {
		if (wanted('B1')) results.B1 = await B1.measure(server);
		if (wanted('B2')) results.B2 = await B2.measure(server);
		if (wanted('B3')) results.B3 = await B3.measure(server);
		if (wanted('B5')) results.B5 = await B5.measure(server);
		if (wanted('B6')) results.B6 = await B6.measure(server);
		if (wanted('B7')) results.B7 = await B7.measure(server);
	} finally {
		await server.close();
	}
	if (wanted('B4')) results.B4 = await B4.measure();
	return results;
}

function table(results: Results): string {
	const report = new Report();
	if (results.B1) B1.report(results.B1, report);
	if (results.B2) B2.report(results.B2, report);
	if (results.B3) B3.report(results.B3, report);
	if (results.B4) B4.report(results.B4, report);
	if (results.B5) B5.report(results.B5, report);
	if (results.B6) B6.report(results.B6, report);
	if (results.B7) B7.report(results.B7, report);
	return report.toMarkdown();
}

function machine(loadBefore: number[]) {
	const cpus = os.cpus();
	return {
		cpus: cpus.length,
		cpuModel: cpus[0]?.model,
		totalMemGiB: round(os.totalmem() / 1024 ** 3, 1),
		node: process.version,
		platform: `${os.platform()} ${os.release()} ${os.arch()}`,
		loadAverageBefore: loadBefore.map((v) => round(v)),
		loadAverageAfter: os.loadavg().map((v) => round(v)),
	};
}

async function main(args: string[]): Promise<void> {
	if (args.includes('--help')) {
		process.stdout.write(USAGE);
		return;
	}
	const selected = args.filter((a) => /^B[1-7]$/.test(a));
	const all = selected.length === 0;
	const started = performance.now();
	const loadBefore = os.loadavg();
	const results = await measure((name) => all || selected.includes(name));
	const elapsedMs = performance.now() - started;
	const m = machine(loadBefore);
	const report = table(results);
	process.stdout.write(
		`\n${report}\n\nBench time ${s(elapsedMs, 0)} (excluding the build), ${m.cpus} CPUs, ${m.totalMemGiB} GiB, Node ${m.node}, load ${m.loadAverageBefore.join(' ')} → ${m.loadAverageAfter.join(' ')}\n`,
	);
	if (all || args.includes('--write')) {
		const out = { date: new Date().toISOString(), machine: m, benchSeconds: round(elapsedMs / 1000, 1), ...results, table: report };
		// bench:trigger's figures (bench/trigger.ts) live in the same file under `trigger`
		const file = path.join(REPO_ROOT, 'bench', 'results.json');
		const { trigger } = JSON.parse(readFileSync(file, 'utf8')) as { trigger?: unknown };
		writeFileSync(file, `${JSON.stringify({ ...out, ...(trigger ? { trigger } : {}) }, null, 2)}\n`);
		process.stdout.write('Wrote bench/results.json\n');
	}
}

run(main);
