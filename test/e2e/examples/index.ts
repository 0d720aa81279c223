import { existsSync } from 'fs';
import { join } from 'path';
import type { ExampleCheck } from './types';

export type { ExampleCheck, ExampleRun } from './types';

/** The check written for an example workflow file (`examples/x.json` → `./x.ts`), if there is one. */
export function checkFor(exampleFile: string): ExampleCheck | undefined {
	const module = join(__dirname, exampleFile.replace(/\.json$/, '.ts'));
	return existsSync(module) ? (require(module) as { default: ExampleCheck }).default : undefined;
}
