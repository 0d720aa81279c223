import type { ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

const apiKeyHelp =
	'In the Campaign Manager open your Application, then Settings > Integration API Keys > Create API Key. Audiences that belong to a platform integration (e.g. mParticle) may need that integration\'s API key.';

const managementHelp =
	'Optional. Talon.One\'s Management API creates coupons, adds loyalty points, reads and updates campaigns and fills the node\'s dropdowns. When set, it is also used to delete audiences.';

const managementKeyHelp =
	'In the Campaign Manager: Account > Tools > Management API Keys > Create Key, then choose the endpoints the key may use (the operations you need, and the lists for the dropdowns). Paste only the key, without "ManagementKey-v1".';

export class TalonOneApi implements ICredentialType {
	name = 'talonOneApi';

	displayName = 'Talon.One API';

	icon: Icon = { light: 'file:../icons/talonOne.svg', dark: 'file:../icons/talonOne.dark.svg' };

	documentationUrl = 'https://docs.talon.one/docs/dev/getting-started/integration-tutorial';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://yourbaseurl.talon.one',
			description: 'The address of your Talon.One deployment, as in the Campaign Manager\'s address bar (without a path)',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: [
				{ name: 'Integration API Key', value: 'apiKey', description: 'Recommended. Works for every operation.' },
				{
					name: 'Application Key Signing (Legacy)',
					value: 'applicationKeySigning',
					description: 'Old signing scheme; Talon.One accepts it only for the Legacy V1 operations',
				},
			],
			default: 'apiKey',
		},
		{
			displayName: 'Integration API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: apiKeyHelp,
			displayOptions: { show: { authentication: ['apiKey'] } },
		},
		{
			displayName: 'Application ID',
			name: 'applicationId',
			type: 'number',
			default: 0,
			required: true,
			description: 'The numeric ID of the Application (shown in the Campaign Manager next to its name)',
			displayOptions: { show: { authentication: ['applicationKeySigning'] } },
		},
		// eslint-disable-next-line @n8n/community-nodes/credential-unnecessary-password -- the application key is the HMAC signing secret
		{
			displayName: 'Application Key',
			name: 'applicationKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: "The Application's secret key in hexadecimal, from the Application's Developer Settings",
			displayOptions: { show: { authentication: ['applicationKeySigning'] } },
		},
		{
			displayName: 'Management API',
			name: 'managementAuth',
			type: 'options',
			options: [
				{ name: 'Not Used', value: 'none', description: 'Only the Integration API: operations marked "Needs a Management API key" and the dropdowns stay unavailable' },
				{ name: 'Management API Key', value: 'managementKey', description: 'Recommended for coupons, loyalty points, campaigns and the dropdowns' },
				{ name: 'Bearer Token', value: 'bearerToken', description: 'A token of a Campaign Manager session' },
			],
			default: 'none',
			description: managementHelp,
		},
		// eslint-disable-next-line @n8n/community-nodes/credential-unnecessary-password -- a Management API key is a secret
		{
			displayName: 'Management API Key',
			name: 'managementKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: managementKeyHelp,
			displayOptions: { show: { managementAuth: ['managementKey'] } },
		},
		{
			displayName: 'Bearer Token',
			name: 'bearerToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'A Management API session token (it expires; a Management API key does not)',
			displayOptions: { show: { managementAuth: ['bearerToken'] } },
		},
		// eslint-disable-next-line @n8n/community-nodes/credential-password-field -- a true/false switch named as in n8n's own nodes ("cert" matches the rule's secret pattern), not a secret
		{
			displayName: 'Ignore SSL Issues',
			name: 'allowUnauthorizedCerts',
			type: 'boolean',
			default: false,
			description: 'Whether to connect even if the TLS certificate cannot be verified. Only for your own test servers.',
		},
	];
}
