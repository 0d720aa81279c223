/** Medians of measured runs and the number formats of the report. */
import type { Run } from './clients';

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
export const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
export const s = (ms: number, digits = 2) => `${(ms / 1000).toFixed(digits)} s`;
export const x = (ratio: number) => `${ratio >= 100 ? Math.round(ratio) : ratio.toFixed(ratio >= 10 ? 1 : 2)}x`;
export const n = (value: number) => value.toLocaleString('en-US');
export const rss = (v: { peakRssMB: number; rssAfterWarmupMB: number }) => `${v.peakRssMB} MB (${v.rssAfterWarmupMB})`;

/** A variant's runs as medians. */
export function summarize(runs: Run[]) {
	return {
		ms: round(median(runs.map((r) => r.ms)), 1),
		runsMs: runs.map((r) => round(r.ms, 1)),
		requests: median(runs.map((r) => r.requests)),
		failed: median(runs.map((r) => r.failed)),
		peakRssMB: mb(median(runs.map((r) => r.peakRss))),
		parametersMs: round(median(runs.map((r) => r.parametersMs)), 1),
		prepareMs: round(median(runs.map((r) => r.prepareMs)), 1),
		/** RSS after loading and the warm-up run, before the first measured run. */
		rssAfterWarmupMB: mb(runs[0].rssBefore),
		listenOverflows: median(runs.map((r) => r.listenOverflows)),
	};
}

/** The report's two tables: one row per variant, one per goal. */
export class Report {
	private readonly rows: string[][] = [];

	private readonly goals: string[][] = [];

	row(...cells: string[]): void {
		this.rows.push(cells);
	}

	goal(name: string, target: string, measured: string, met: boolean): void {
		this.goals.push([name, target, measured, met ? 'met' : '**missed**']);
	}

	toMarkdown(): string {
		const md = (header: string[], body: string[][]) =>
			[`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
		return [
			md(['Benchmark', 'Variant', 'Wall time (median)', 'Requests', 'Peak RSS (after warm-up)', 'Notes'], this.rows),
			'',
			md(['Goal', 'Target', 'Measured', ''], this.goals),
		].join('\n');
	}
}
