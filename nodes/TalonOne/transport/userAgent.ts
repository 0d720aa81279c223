import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const packageName = 'n8n-nodes-talon-one';
let cached: string | undefined;

/** `n8n-nodes-talon-one/<version>`, read from the package's own package.json (above `dist/` once built). */
export function userAgent(): string {
	if (cached) return cached;
	for (let dir = __dirname; ; dir = path.dirname(dir)) {
		const file = path.join(dir, 'package.json');
		const manifest = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string }) : undefined;
		if (manifest?.name === packageName) return (cached = `${packageName}/${manifest.version}`);
		if (path.dirname(dir) === dir) return (cached = packageName);
	}
}
