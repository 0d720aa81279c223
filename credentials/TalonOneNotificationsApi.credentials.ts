import type { ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

/**
 * The shared secret Talon.One sends with every notification, in a header of the user's choice.
 * Separate from the API credential: it authenticates Talon.One to n8n (not n8n to Talon.One), and
 * a notification setup belongs to a Talon.One deployment, not to an Application's API key.
 */
export class TalonOneNotificationsApi implements ICredentialType {
	name = 'talonOneNotificationsApi';

	displayName = 'Talon.One Notifications API';

	icon: Icon = { light: 'file:../icons/talonOne.svg', dark: 'file:../icons/talonOne.dark.svg' };

	documentationUrl = 'https://docs.talon.one/docs/product/applications/application-notifications/overview';

	properties: INodeProperties[] = [
		{
			displayName: 'Header Name',
			name: 'headerName',
			type: 'string',
			default: 'X-Talon-Webhook-Secret',
			required: true,
			description: 'The name of the header Talon.One sends the secret in. Type the same name as a header key in the notification setup in the Campaign Manager.',
		},
		{
			displayName: 'Secret',
			name: 'secret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'A long random text that only you, n8n and Talon.One know (at least 16 characters). Type the same text as the header value in the notification setup; deliveries without it are refused.',
		},
	];
}
