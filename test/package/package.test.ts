/**
 * What `npm publish` would ship: only what n8n loads (compiled nodes and credentials, their icons
 * and codex file) plus README, LICENSE and package.json. No sources, tests, tools, fixtures or maps.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { REPO_ROOT as root } from '../../tools/repoRoot';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nodePaths: string[] = pkg.n8n.nodes;
const credentialPaths: string[] = pkg.n8n.credentials;

let files: string[];

beforeAll(() => {
	const built = [...nodePaths, ...credentialPaths].every((p) => existsSync(join(root, p)));
	if (!built) execFileSync(npm, ['run', 'build'], { cwd: root, stdio: 'pipe' });
	const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
		cwd: root,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const [tarball] = JSON.parse(out) as Array<{ files: Array<{ path: string }> }>;
	files = tarball.files.map((f) => f.path).sort();
}, 300_000);

const ALLOWED = [
	/^package\.json$/,
	/^README\.md$/,
	/^LICENSE$/,
	/^dist\/(nodes|credentials)\/.+\.js$/,
	/^dist\/nodes\/.+\.node\.json$/,
	/^dist\/(nodes|credentials|icons)\/.+\.svg$/,
];

test('the tarball ships only compiled nodes, credentials, icons, codex, README, LICENSE and package.json', () => {
	expect(files.filter((f) => !ALLOWED.some((re) => re.test(f)))).toEqual([]);
	expect(files.filter((f) => /\.(ts|map|tsbuildinfo)$|(^|\/)(test|tests|__tests__|fixtures|scripts|tools|bench)\//.test(f))).toEqual([]);
	expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE']));
});

test('every node and credential listed in package.json is in the tarball, with its codex file', () => {
	for (const p of [...nodePaths, ...credentialPaths]) expect(files).toContain(p);
	for (const p of nodePaths) expect(files).toContain(p.replace(/\.js$/, '.json'));
});

test('the icons the node and the credential point at are in the tarball', () => {
	for (const compiled of [...nodePaths, ...credentialPaths]) {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const exported = require(join(root, compiled)) as Record<string, new () => { icon?: unknown; description?: { icon?: unknown } }>;
		for (const Type of Object.values(exported)) {
			const instance = new Type();
			const icon = instance.description?.icon ?? instance.icon;
			const refs = typeof icon === 'string' ? [icon] : Object.values(icon as Record<string, string>);
			expect(refs.length).toBeGreaterThan(0);
			for (const ref of refs) {
				expect(ref).toMatch(/^file:.+\.svg$/);
				expect(files).toContain(posix.normalize(posix.join(posix.dirname(compiled), ref.slice('file:'.length))));
			}
		}
	}
});

test('LICENSE is MIT, as package.json says', () => {
	expect(pkg.license).toBe('MIT');
	expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 n8n-nodes-talon-one contributors\n/);
});
