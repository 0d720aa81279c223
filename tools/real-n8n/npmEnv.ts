/**
 * The environment for nested npm and n8n commands: ours without npm's `npm_*` variables.
 * Under `npm run`, npm exports the project's settings as `npm_config_*` (e.g. ignore-scripts=true
 * from .npmrc); passed on, they make `npm rebuild sqlite3` build nothing.
 */
export function cleanNpmEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
	const clean: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(env)) {
		if (!/^npm_/i.test(key)) clean[key] = value;
	}
	return clean;
}

export const npmCommand = process.platform === 'win32' ? 'npm.cmd' : 'npm';
