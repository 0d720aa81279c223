/** The trigger's parameters: the setup steps, the events to start on, and the delivery options. */
import type { INodeProperties } from 'n8n-workflow';
import { DEFAULT_HEADER_NAME } from './credentialTest';
import { ALL_EVENTS } from './events';

export const DEFAULT_WINDOW_MINUTES = 15;
/** Talon.One retries for up to 10 minutes and may deliver up to 5 minutes late. */
export const MAX_WINDOW_MINUTES = 24 * 60;

/** One step a line: a notice's text is HTML, and n8n 2.x keeps only links and lists in it. */
const setupSteps = `Set up in Talon.One:<ul>${[
	'1. Copy the Production URL from Webhook URLs above and publish this workflow (in n8n 1.x: activate it).',
	'2. In the Campaign Manager open the Application (or the loyalty program) > Settings > Notifications and create a notification of a type you select below.',
	`3. Paste the URL, choose POST, and add a header: the credential's Header Name as key (default ${DEFAULT_HEADER_NAME}) and its Secret as value.`,
	'4. Save. Rule webhooks: in the webhook of a Call Webhook effect use the same URL and header.',
]
	.map((step) => `<li>${step}</li>`)
	.join('')}</ul>`;

const eventOptions = [...ALL_EVENTS]
	.sort((a, b) => a.name.localeCompare(b.name))
	.map(({ name, value, description }) => ({ name, value, description }));

export const triggerProperties: INodeProperties[] = [
	{ displayName: setupSteps, name: 'setupNotice', type: 'notice', default: '' },
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		options: eventOptions,
		default: [],
		description: 'The notifications that start this workflow. Others are acknowledged to Talon.One and ignored.',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Allowed IP Addresses',
				name: 'allowedIps',
				type: 'string',
				default: '',
				placeholder: '203.0.113.0/24, 198.51.100.7',
				description:
					'Accept deliveries only from these addresses or ranges, comma-separated. Empty: any sender with the secret. Behind a proxy set N8N_PROXY_HOPS so n8n sees the sender\'s address.',
			},
			{
				displayName: 'Duplicate Window (Minutes)',
				name: 'duplicateWindowMinutes',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_WINDOW_MINUTES },
				default: DEFAULT_WINDOW_MINUTES,
				description: 'How long a message ID is remembered to spot repeated deliveries. Talon.One retries a failed delivery for up to 10 minutes.',
				displayOptions: { show: { ignoreDuplicates: [true] } },
			},
			{
				displayName: 'Ignore Duplicate Deliveries',
				name: 'ignoreDuplicates',
				type: 'boolean',
				default: true,
				description: 'Whether to start no second run for a message Talon.One delivers again (same X-UUID header), e.g. when it retries',
			},
			{
				displayName: 'Output',
				name: 'output',
				type: 'options',
				options: [
					{ name: 'One Item per Entry', value: 'entry', description: 'A batch of 1,000 tier upgrades gives 1,000 items, one per customer' },
					{ name: 'One Item per Message', value: 'message', description: 'One item per delivery, with the entries as a list' },
				],
				default: 'entry',
				description: 'Whether a batched notification becomes one item per entry or one item per delivery',
			},
		],
	},
];
