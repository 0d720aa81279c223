import {
	NodeApiError,
	NodeConnectionTypes,
	NodeOperationError,
	type ICredentialTestFunctions,
	type ICredentialsDecrypted,
	type IExecuteFunctions,
	type INodeCredentialTestResult,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

/** Throwaway programmatic node used only to prove the harness. */
export class GreeterNode implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Greeter',
		name: 'greeter',
		group: ['transform'],
		version: [1, 2],
		description: 'Harness test node',
		defaults: { name: 'Greeter' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'greeterApi', required: true, testedBy: 'greeterApiTest' }],
		properties: [
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
			{ displayName: 'Punctuation', name: 'punctuation', type: 'string', default: '!' },
		],
	};

	methods = {
		credentialTest: {
			async greeterApiTest(
				this: ICredentialTestFunctions,
				credential: ICredentialsDecrypted,
			): Promise<INodeCredentialTestResult> {
				if (typeof this.helpers.request !== 'function') {
					return { status: 'Error', message: 'no helpers.request' };
				}
				return credential.data?.apiKey === 'good'
					? { status: 'OK', message: `Connection successful (${credential.type})` }
					: { status: 'Error', message: 'Invalid API key' };
			},
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const credentials = await this.getCredentials('greeterApi');
		const items = this.getInputData();
		if (this.getNodeParameter('name', 0) === '!explode') {
			throw new NodeOperationError(this.getNode(), 'Exploded before the item loop');
		}
		const out: INodeExecutionData[] = [];
		for (let i = 0; i < items.length; i++) {
			try {
				const name = this.getNodeParameter('name', i) as string;
				const punctuation = this.getNodeParameter('punctuation', i) as string;
				if (items[i].json.fail) {
					throw new NodeOperationError(this.getNode(), `Cannot greet item ${i}`, {
						itemIndex: i,
						description: 'The item was flagged',
					});
				}
				if (items[i].json.apiFail) {
					throw new NodeApiError(
						this.getNode(),
						{ message: 'Not found' },
						{ httpCode: '404', itemIndex: i, description: 'Upstream said no' },
					);
				}
				out.push({
					json: { greeting: `${credentials.greeting as string}, ${name}${punctuation}` },
					pairedItem: { item: i },
				});
			} catch (error) {
				if (this.continueOnFail()) {
					out.push({ json: { error: (error as Error).message }, pairedItem: { item: i } });
					continue;
				}
				throw error;
			}
		}
		return [out];
	}
}
