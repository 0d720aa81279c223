/**
 * One delivery from Talon.One: check the sender, split the payload into items for the selected
 * events, skip a message already seen, and hand the items to n8n (which answers 200 before the
 * workflow runs: the webhook's responseMode is onReceived).
 */
import {
	NodeOperationError,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';
import { headerNameOf } from './credentialTest';
import { dedupKeyOf, dedupWindowFor } from './dedup';
import { DEFAULT_WINDOW_MINUTES } from './description';
import { parseAllowList, secretMatches, type AllowList } from './security';
import { deliveryItems, parseDelivery, type OutputMode } from './split';

export const CREDENTIAL_NAME = 'talonOneNotificationsApi';
/** Per trigger; `npm run bench:trigger` measures the full window (README "Benchmarks"): about 5.5 MB. */
export const MAX_REMEMBERED_IDS = 10_000;

interface TriggerOptions {
	allowedIps?: string;
	duplicateWindowMinutes?: number;
	ignoreDuplicates?: boolean;
	output?: OutputMode;
}

/** The allow-list, or a message naming the field and the fix (also used when the workflow is activated). */
export function allowListOf(this: Pick<IWebhookFunctions, 'getNode'>, options: TriggerOptions): AllowList | null {
	try {
		return parseAllowList(options.allowedIps ?? '');
	} catch (error) {
		throw new NodeOperationError(this.getNode(), `Options > Allowed IP Addresses: ${(error as Error).message}`, {
			description: 'List addresses or ranges separated by commas, e.g. 203.0.113.0/24, 198.51.100.7, or leave the field empty.',
		});
	}
}

function refuse(context: IWebhookFunctions, status: number, message: string): IWebhookResponseData {
	const res = context.getResponseObject();
	res.status(status).json({ message });
	return { noWebhookResponse: true };
}

const acknowledged = (reason: string): IWebhookResponseData => ({ webhookResponse: { message: `Received, not started: ${reason}` } });

export async function receiveNotification(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const options = this.getNodeParameter('options', {}) as TriggerOptions;
	const req = this.getRequestObject();
	const allowList = allowListOf.call(this, options);
	if (allowList && !allowList.allows(req.ip)) {
		return refuse(this, 403, `This address (${req.ip ?? 'unknown'}) is not in the trigger's Allowed IP Addresses`);
	}
	const credentials = await this.getCredentials(CREDENTIAL_NAME);
	const headerName = headerNameOf(credentials);
	if (!secretMatches(this.getHeaderData()[headerName.toLowerCase()], String(credentials.secret ?? ''))) {
		return refuse(this, 401, `The ${headerName} header is missing or does not match the secret in the trigger's credential`);
	}

	const rawId = this.getHeaderData()['x-uuid'];
	const messageId = typeof rawId === 'string' && rawId !== '' ? rawId : null;
	const selected = new Set(this.getNodeParameter('events', []) as string[]);
	const parsed = parseDelivery(this.getBodyData() as unknown);
	const items = deliveryItems(parsed, { messageId, receivedAt: new Date().toISOString() }, selected, options.output ?? 'entry');
	if (!items.length) return acknowledged('no entry of an event this trigger listens to');

	if (messageId && options.ignoreDuplicates !== false) {
		const windowMs = (options.duplicateWindowMinutes ?? DEFAULT_WINDOW_MINUTES) * 60_000;
		const window = dedupWindowFor(dedupKeyOf(this), { windowMs, maxIds: MAX_REMEMBERED_IDS });
		if (window.seenBefore(messageId, Date.now())) return acknowledged(`message ${messageId} was already received`);
	}
	return { workflowData: [items] };
}
