// n8n's community-node lint config from @n8n/node-cli, in its variant for packages that are not
// built for n8n Cloud. One rule is off on purpose: this node targets self-hosted n8n and ships
// undici (HTTP transport) and zod (input validation) as its only runtime dependencies.
import { configWithoutCloudSupport } from '@n8n/node-cli/eslint';

export default [
	...configWithoutCloudSupport,
	{
		files: ['package.json'],
		rules: { '@n8n/community-nodes/no-runtime-dependencies': 'off' },
	},
];
