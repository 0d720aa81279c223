import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root: the nearest folder above this file with a package.json (from the sources and from a build folder alike). */
export const REPO_ROOT = findRoot(__dirname);

function findRoot(from: string): string {
	for (let dir = from; ; dir = path.dirname(dir)) {
		if (existsSync(path.join(dir, 'package.json'))) return dir;
		if (dir === path.dirname(dir)) throw new Error(`no package.json in any folder above ${from}`);
	}
}
