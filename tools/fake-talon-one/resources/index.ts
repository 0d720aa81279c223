/**
 * Every operation's handler by operationId, gathered from the resource folders beside this file
 * (one per resource, as in nodes/TalonOne/operations/): each `handlers` file exports its resource's
 * handlers. Adding an operation's handler is adding it to its resource's file.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../handler';

function loadHandlers(): Handlers {
	const extension = path.extname(__filename);
	const all: Handlers = {};
	for (const folder of readdirSync(__dirname, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
		const file = path.join(__dirname, folder.name, `handlers${extension}`);
		if (!existsSync(file)) continue;
		for (const exported of Object.values(require(file) as Record<string, Handlers>)) Object.assign(all, exported);
	}
	return all;
}

export const handlers: Handlers = loadHandlers();
