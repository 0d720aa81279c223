import {
	NodeConnectionTypes,
	type ICredentialTestFunctions,
	type ICredentialsDecrypted,
	type IExecuteFunctions,
	type INodeCredentialTestResult,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { buildProperties } from './description/nodeProperties';
import { subtitle } from './description/subtitle';
import { execute } from './execute/execute';
import { listSearch, loadOptions } from './methods/listSearch';
import { testCredentials } from './transport/credentialTest';

export class TalonOne implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Talon.One',
		name: 'talonOne',
		icon: { light: 'file:../../icons/talonOne.svg', dark: 'file:../../icons/talonOne.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: subtitle(),
		description: 'Update customer sessions and profiles, track events, reserve coupons, create referrals and manage audiences in Talon.One',
		defaults: { name: 'Talon.One' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'talonOneApi', required: true, testedBy: 'talonOneApiTest' }],
		properties: buildProperties(),
	};

	methods = {
		listSearch,
		loadOptions,
		credentialTest: {
			async talonOneApiTest(
				this: ICredentialTestFunctions,
				credential: ICredentialsDecrypted,
			): Promise<INodeCredentialTestResult> {
				return await testCredentials(credential.data ?? {});
			},
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await execute(this);
	}
}
