import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT as root } from '../../tools/repoRoot';
import { credential, description, descriptions, isTitleCase, listedCredentials, listedNodes, paramsOf, sentences } from './conventions';

/** The masked fields of each credential: its secrets, and nothing else. */
const SECRETS: Record<string, string[]> = {
	talonOneApi: ['apiKey', 'applicationKey', 'managementKey', 'bearerToken'],
	talonOneNotificationsApi: ['secret'],
};

test('the API credential is the main node\'s', () => {
	expect(credential.name).toBe('talonOneApi');
	expect(description.credentials?.[0].name).toBe(credential.name);
});

describe.each(listedCredentials.map(({ credential: c }) => [c.displayName, c] as const))('%s', (_name, listed) => {
	const credentialParams = paramsOf(listed.properties);

	test('is named as n8n requires, documents where to get it, and a listed node uses it', () => {
		expect(listed.displayName).toMatch(/ API$/);
		expect(listed.documentationUrl).toMatch(/^https:\/\//);
		expect(listedNodes.some((node) => node.description.credentials?.some((c) => c.name === listed.name))).toBe(true);
	});

	test('has light and dark SVG icons that exist next to the compiled credential', () => {
		expect(listed.icon).toEqual({ light: expect.stringMatching(/^file:.+\.svg$/), dark: expect.stringMatching(/^file:.+\.svg$/) });
		for (const icon of Object.values(listed.icon as Record<string, string>)) {
			expect(existsSync(resolve(root, 'credentials', icon.slice('file:'.length)))).toBe(true);
		}
	});

	test('masks every secret field and nothing else', () => {
		const secrets = SECRETS[listed.name];
		expect(secrets).toBeDefined();
		for (const { path, param } of credentialParams) {
			expect({ path, masked: param.typeOptions?.password === true }).toEqual({ path, masked: secrets.includes(param.name) });
		}
	});

	test('follows the same text conventions as the nodes', () => {
		expect(credentialParams.filter(({ param }) => !isTitleCase(param.displayName)).map(({ path }) => path)).toEqual([]);
		expect(
			credentialParams.filter(({ param }) => param.type === 'boolean' && !param.description?.startsWith('Whether ')).map(({ path }) => path),
		).toEqual([]);
		const wrong = descriptions(credentialParams).filter(
			({ text }) => /^[a-z]/.test(text) || (sentences(text) === 1 && text.endsWith('.')) || (sentences(text) > 1 && !text.endsWith('.')),
		);
		expect(wrong).toEqual([]);
	});
});
