/**
 * One delivery's body → the items the workflow starts with: one per entry of a batched notification
 * (or one per message when the user prefers), each carrying what the notification says at message
 * level and a `notification` object (event, Talon.One's type, the message id, its place in the batch).
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { RULE_WEBHOOK, STRIKETHROUGH, campaignEntryEvent, eventForNotificationType, isCampaignNotificationType, type TriggerEvent } from './events';

export interface Delivery {
	/** The `X-UUID` header: Talon.One's id of this message (the same on every retry). */
	messageId: string | null;
	receivedAt: string;
}

interface Entry {
	event: TriggerEvent;
	fields: IDataObject;
	index: number;
}

export interface ParsedDelivery {
	/** Message-level fields (without the entries). */
	message: IDataObject;
	notificationType: string | null;
	entries: Entry[];
	/** How many entries the message carried (every event, before filtering). */
	batchSize: number;
	/** Where the entries were (`Data`, `data`, `changedItems`), null when the message is one change. */
	entriesKey: string | null;
}

const isObject = (value: unknown): value is IDataObject => typeof value === 'object' && value !== null && !Array.isArray(value);

const asFields = (value: unknown): IDataObject => (isObject(value) ? value : { value: value as IDataObject[string] });

function batch(body: IDataObject, notificationType: string | null, key: string, eventOf: (fields: IDataObject) => TriggerEvent): ParsedDelivery {
	const { [key]: list, ...message } = body;
	const entries = (list as unknown[]).map((value, index) => {
		const fields = asFields(value);
		return { event: eventOf(fields), fields, index };
	});
	return { message, notificationType, entries, batchSize: entries.length, entriesKey: key };
}

const single = (event: TriggerEvent, body: IDataObject, notificationType: string | null): ParsedDelivery => ({
	message: {},
	notificationType,
	entries: [{ event, fields: body, index: 0 }],
	batchSize: 1,
	entriesKey: null,
});

/** Which event each part of a body is and where its entries are. */
export function parseDelivery(body: unknown): ParsedDelivery {
	if (!isObject(body)) {
		const list = Array.isArray(body) ? body : [body];
		const entries = list.map((value, index) => ({ event: RULE_WEBHOOK, fields: asFields(value), index }));
		return { message: {}, notificationType: null, entries, batchSize: entries.length, entriesKey: null };
	}
	const notificationType = typeof body.NotificationType === 'string' ? body.NotificationType : null;
	if (isCampaignNotificationType(notificationType)) {
		const key = ['Data', 'data'].find((k) => Array.isArray(body[k]));
		if (key) return batch(body, notificationType, key, campaignEntryEvent);
	}
	const event = eventForNotificationType(notificationType) ?? (notificationType === null && Array.isArray(body.changedItems) ? STRIKETHROUGH : undefined);
	if (!event) return single(RULE_WEBHOOK, body, notificationType);
	const key = event.entries;
	if (key && Array.isArray(body[key])) return batch(body, notificationType, key, () => event);
	return single(event, body, notificationType);
}

export type OutputMode = 'entry' | 'message';

/** The items for the selected events (none: nothing to run). */
export function deliveryItems(parsed: ParsedDelivery, delivery: Delivery, selected: ReadonlySet<string>, mode: OutputMode): INodeExecutionData[] {
	const kept = parsed.entries.filter((entry) => selected.has(entry.event.value));
	if (!kept.length) return [];
	const common = { notificationType: parsed.notificationType, messageId: delivery.messageId, receivedAt: delivery.receivedAt };
	if (mode === 'message') {
		const events = [...new Set(kept.map((entry) => entry.event))];
		const body = parsed.entriesKey
			? { ...parsed.message, [parsed.entriesKey]: kept.map((entry) => entry.fields) }
			: kept.length === 1
				? kept[0].fields
				: { entries: kept.map((entry) => entry.fields) };
		const notification = { ...common, events: events.map((e) => e.value), eventNames: events.map((e) => e.name), batchSize: kept.length };
		return [{ json: { ...body, notification } }];
	}
	return kept.map((entry) => ({
		json: {
			...parsed.message,
			...entry.fields,
			notification: {
				...common,
				event: entry.event.value,
				eventName: entry.event.name,
				batchIndex: entry.index,
				batchSize: parsed.batchSize,
				// complete even where an entry has a field of the same name (strikethrough's `version`)
				message: parsed.message,
			},
		},
	}));
}
