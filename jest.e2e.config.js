/** @type {import('jest').Config} End-to-end tests in real n8n: `npm run test:e2e`. */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.test.ts'],
	transform: {
		'^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
	},
	// Installing n8n the first time takes minutes; each n8n CLI call starts n8n (about 3 s).
	testTimeout: 30 * 60 * 1000,
	maxWorkers: 1,
};
