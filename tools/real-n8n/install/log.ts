export function log(msg: string): void {
	process.stderr.write(`[install-n8n] ${msg}\n`);
}

export const seconds = (sinceMs: number): string => ((Date.now() - sinceMs) / 1000).toFixed(0);
