/** A delivery to the trigger's webhook() in n8n-core's WebhookContext, with the sandbox secret. */
import type { INodeParameters } from 'n8n-workflow';
import { TalonOneTrigger } from '../../nodes/TalonOneTrigger/TalonOneTrigger.node';
import { callWebhook } from '../../tools/n8n-harness';
import { samplePayload } from '../../tools/fake-talon-one/notifications/samples';
import { TRIGGER_EVENTS, type TriggerEvent } from '../../nodes/TalonOneTrigger/events';

export const SECRET = 'trigger-test-secret-0123456789';
export const HEADER = 'X-Talon-Webhook-Secret';

export interface Delivery {
	body: unknown;
	headers?: Record<string, string>;
	parameters?: INodeParameters;
	credentials?: { headerName?: string; secret?: string };
	ip?: string;
	nodeId?: string;
}

export async function deliver(delivery: Delivery) {
	return await callWebhook({
		nodeType: new TalonOneTrigger(),
		nodeTypeName: 'n8n-nodes-talon-one.talonOneTrigger',
		parameters: { events: TRIGGER_EVENTS.map((e) => e.value).concat('ruleWebhook'), ...delivery.parameters },
		credentials: { talonOneNotificationsApi: { headerName: HEADER, secret: SECRET, ...delivery.credentials } },
		headers: { [HEADER.toLowerCase()]: SECRET, 'content-type': 'application/json', ...delivery.headers },
		body: delivery.body,
		ip: delivery.ip,
		nodeId: delivery.nodeId,
	});
}

/** The items a delivery started the workflow with ([] when it started none). */
export const itemsOf = (result: Awaited<ReturnType<typeof deliver>>) => (result.response.workflowData?.[0] ?? []).map((item) => item.json);

/** A valid payload of `event` whose batch has `count` entries (each told apart by its index). */
export function payloadFor(event: TriggerEvent, count: number): Record<string, unknown> {
	if (!event.entries) return samplePayload(event.operationId);
	const marker = (index: number) => {
		if (event.campaignEvent === 'campaign_evaluation_tree_changed') return { event: event.campaignEvent, applicationId: index + 1 };
		if (event.campaignEvent) return { Event: event.campaignEvent };
		if (event.entries === 'changedItems') return { sku: `SKU-${index}` };
		if (event.entries === 'data') return { value: `CODE-${index}` };
		return { SubledgerID: `entry-${index}` };
	};
	const entries = Array.from({ length: count }, (_, index) => JSON.parse(JSON.stringify(marker(index))) as Record<string, unknown>);
	return samplePayload(event.operationId, { entries });
}
