import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { OperationDefinition, ResourceDefinition } from './types';

/**
 * The one table every other part (node description, execution, README, tests) derives from, read
 * from the folders beside this file: `<resource>/resource.ts` and one file per operation. Adding an
 * operation is adding its file.
 */
function loadTable(): { resources: ResourceDefinition[]; operations: OperationDefinition[] } {
	const extension = path.extname(__filename);
	const folders = readdirSync(__dirname, { withFileTypes: true }).filter((entry) => entry.isDirectory());
	const loaded = folders.map((folder) => {
		const dir = path.join(__dirname, folder.name);
		const files = readdirSync(dir).filter((file) => file.endsWith(extension) && !file.endsWith(`.d${extension}`));
		// The folder decides what the table holds, so its files are required by name.
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const exports = files.flatMap((file) => Object.values(require(path.join(dir, file)) as Record<string, unknown>));
		const resource = exports.find(isResource);
		if (!resource) throw new Error(`operations/${folder.name} has no resource.ts`);
		const ops = [...new Set(exports.filter(isOperation))].sort(tableOrder(resource));
		return { resource, ops };
	});
	loaded.sort((a, b) => a.resource.position - b.resource.position);
	return { resources: loaded.map((l) => l.resource), operations: loaded.flatMap((l) => l.ops) };
}

function isOperation(value: unknown): value is OperationDefinition {
	return typeof value === 'object' && value !== null && 'operationId' in value && 'method' in value;
}

function isResource(value: unknown): value is ResourceDefinition {
	return typeof value === 'object' && value !== null && 'defaultOperation' in value;
}

/** The default operation first, Legacy ones last, the rest by name. */
function tableOrder(resource: ResourceDefinition) {
	const rank = (op: OperationDefinition) => (op.operation === resource.defaultOperation ? 0 : op.legacy ? 2 : 1);
	return (a: OperationDefinition, b: OperationDefinition) => rank(a) - rank(b) || a.displayName.localeCompare(b.displayName);
}

const table = loadTable();

export const resources: readonly ResourceDefinition[] = table.resources;
export const operations: readonly OperationDefinition[] = table.operations;

export function findOperation(resource: string, operation: string): OperationDefinition | undefined {
	return operations.find((op) => op.resource === resource && op.operation === operation);
}
