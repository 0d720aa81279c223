import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT as root } from '../../tools/repoRoot';
import { credential, credentialParams, description, descriptions, isTitleCase, sentences } from './conventions';

describe('credential description', () => {
	test('is named as n8n requires and documents where to get the key', () => {
		expect(credential.name).toBe('talonOneApi');
		expect(credential.displayName).toMatch(/ API$/);
		expect(credential.documentationUrl).toMatch(/^https:\/\//);
		expect(description.credentials?.[0].name).toBe(credential.name);
	});

	test('has light and dark SVG icons that exist next to the compiled credential', () => {
		expect(credential.icon).toEqual({ light: expect.stringMatching(/^file:.+\.svg$/), dark: expect.stringMatching(/^file:.+\.svg$/) });
		for (const icon of Object.values(credential.icon as Record<string, string>)) {
			expect(existsSync(resolve(root, 'credentials', icon.slice('file:'.length)))).toBe(true);
		}
	});

	test('masks every secret field and nothing else', () => {
		const secrets = ['apiKey', 'applicationKey', 'managementKey', 'bearerToken'];
		for (const { path, param } of credentialParams) {
			expect({ path, masked: param.typeOptions?.password === true }).toEqual({ path, masked: secrets.includes(param.name) });
		}
	});

	test('follows the same text conventions as the node', () => {
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
