import {
	NodeConnectionTypes,
	type ICredentialTestFunctions,
	type ICredentialsDecrypted,
	type IHookFunctions,
	type INodeCredentialTestResult,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';
import { testNotificationsCredential } from './credentialTest';
import { dedupKeyOf, dropDedupWindow } from './dedup';
import { triggerProperties } from './description';
import { allowListOf, receiveNotification } from './webhook';

export class TalonOneTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Talon.One Trigger',
		name: 'talonOneTrigger',
		icon: { light: 'file:../../icons/talonOne.svg', dark: 'file:../../icons/talonOne.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ ($parameter["events"] || []).length + " event(s)" }}',
		description: 'Starts the workflow when Talon.One sends a notification: tier changes, expiring points or coupons, coupon and campaign changes, rule webhooks',
		defaults: { name: 'Talon.One Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'talonOneNotificationsApi', required: true, testedBy: 'talonOneNotificationsTest' }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'talon-one' }],
		properties: triggerProperties,
	};

	methods = {
		credentialTest: {
			async talonOneNotificationsTest(
				this: ICredentialTestFunctions,
				credential: ICredentialsDecrypted,
			): Promise<INodeCredentialTestResult> {
				return testNotificationsCredential(credential.data ?? {});
			},
		},
	};

	// Nothing to register at Talon.One (notifications are set up by hand); activation checks the options.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return false;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				allowListOf.call(this, this.getNodeParameter('options', {}) as { allowedIps?: string });
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				dropDedupWindow(dedupKeyOf(this));
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveNotification.call(this);
	}
}
