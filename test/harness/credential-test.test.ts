import { testCredential } from '../../tools/n8n-harness';
import { GreeterNode } from './greeter';

describe('test harness: testCredential', () => {
	it('calls methods.credentialTest[testedBy] with a CredentialTestContext', async () => {
		await expect(testCredential(new GreeterNode(), 'greeterApi', { apiKey: 'good' })).resolves.toEqual({
			status: 'OK',
			message: 'Connection successful (greeterApi)',
		});
		await expect(testCredential(new GreeterNode(), 'greeterApi', { apiKey: 'bad' })).resolves.toEqual({
			status: 'Error',
			message: 'Invalid API key',
		});
	});

	it('rejects an undeclared credential', async () => {
		await expect(testCredential(new GreeterNode(), 'otherApi', {})).rejects.toThrow(/does not declare/);
	});
});
