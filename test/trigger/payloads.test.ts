/**
 * Each of Talon.One's 24 notification payloads (built from the fixture's schema and validated
 * against it) delivered to the trigger: recognised as its event, split into one item per entry
 * with the documented fields and their types, or ignored when its event is not selected.
 */
import { TRIGGER_EVENTS, RULE_WEBHOOK } from '../../nodes/TalonOneTrigger/events';
import { entriesKeyOf } from '../../tools/fake-talon-one/notifications/samples';
import { notificationSpecs } from '../../tools/fake-talon-one/notifications/schemas';
import { deliver, itemsOf, payloadFor } from './support';

const typeOf = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

/** The enum of `NotificationType` wherever the schema declares it. */
function notificationTypeEnum(schema: any): string[] {
	const parts = [schema, ...(schema.allOf ?? [])];
	return parts.flatMap((part: any) => part.properties?.NotificationType?.enum ?? []);
}

describe('the event list and the notification schemas', () => {
	test('every notification of the fixture is exactly one event, and every event but the rule webhook is a notification', () => {
		const fixtureIds = notificationSpecs().map((n) => n.operationId).sort();
		expect(fixtureIds).toHaveLength(24);
		expect(TRIGGER_EVENTS.map((e) => e.operationId).sort()).toEqual(fixtureIds);
		expect(new Set(TRIGGER_EVENTS.map((e) => e.value)).size).toBe(24);
		expect(RULE_WEBHOOK.operationId).toBe('');
	});

	test.each(TRIGGER_EVENTS.map((e) => [e.name, e] as const))('%s: NotificationType values and entries as in the schema', (_name, event) => {
		const spec = notificationSpecs().find((n) => n.operationId === event.operationId)!;
		for (const type of notificationTypeEnum(spec.schema)) expect(event.notificationTypes).toContain(type);
		expect(event.entries).toBe(entriesKeyOf(event.operationId));
	});
});

describe.each(TRIGGER_EVENTS.map((e) => [e.name, e] as const))('%s', (_name, event) => {
	const count = event.entries ? 3 : 1;
	const payload = payloadFor(event, count);
	const selectedOnly = { events: [event.value] };

	test(`one item per entry (${count}), with the entry's and the message's fields, typed as delivered`, async () => {
		const items = itemsOf(await deliver({ body: payload, parameters: selectedOnly, headers: { 'x-uuid': `uuid-${event.value}` } }));
		expect(items).toHaveLength(count);
		const list = event.entries ? (payload[event.entries] as Array<Record<string, unknown>>) : [payload];
		items.forEach((item, index) => {
			expect(item.notification).toEqual({
				event: event.value,
				eventName: event.name,
				notificationType: typeof payload.NotificationType === 'string' ? payload.NotificationType : null,
				messageId: `uuid-${event.value}`,
				receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
				batchIndex: index,
				batchSize: count,
				message: event.entries ? Object.fromEntries(Object.entries(payload).filter(([field]) => field !== event.entries)) : {},
			});
			for (const [field, value] of Object.entries(list[index])) {
				expect({ field, type: typeOf(item[field]), value: item[field] }).toEqual({ field, type: typeOf(value), value });
			}
			for (const [field, value] of Object.entries(payload)) {
				if (field !== event.entries && !(field in list[index])) expect({ field, value: item[field] }).toEqual({ field, value });
			}
			expect(item).not.toHaveProperty(event.entries ?? '__none__');
		});
	});

	test('one item per message when Output is One Item per Message', async () => {
		const items = itemsOf(await deliver({ body: payload, parameters: { ...selectedOnly, options: { output: 'message' } } }));
		expect(items).toHaveLength(1);
		const { notification, ...body } = items[0];
		expect(body).toEqual(payload);
		expect(notification).toEqual(expect.objectContaining({ events: [event.value], eventNames: [event.name], batchSize: count, messageId: null }));
	});

	test('acknowledged and ignored when another event is selected', async () => {
		const other = TRIGGER_EVENTS.find((e) => e !== event)!;
		const result = await deliver({ body: payload, parameters: { events: [other.value, RULE_WEBHOOK.value] } });
		expect(result.response.workflowData).toBeUndefined();
		expect(result.response.webhookResponse).toEqual({ message: 'Received, not started: no entry of an event this trigger listens to' });
		expect(result.sent).toBeUndefined();
	});
});

describe('campaign notifications and custom payloads', () => {
	const byValue = (value: string) => TRIGGER_EVENTS.find((e) => e.value === value)!;

	test('a message mixing campaign events gives items only for the selected ones, keeping their batch positions', async () => {
		const payload = payloadFor(byValue('campaignStateChanged'), 3);
		(payload.Data as Array<Record<string, unknown>>)[1].Event = 'campaign_deleted';
		const items = itemsOf(await deliver({ body: payload, parameters: { events: ['campaignDeleted'] } }));
		expect(items.map((item) => item.notification)).toEqual([expect.objectContaining({ event: 'campaignDeleted', batchIndex: 1, batchSize: 3 })]);
	});

	test('an entry with an Event name Talon.One may add later is recognised by the fields only its event has', async () => {
		const payload = payloadFor(byValue('campaignCollectionEdited'), 1);
		(payload.Data as Array<Record<string, unknown>>)[0].Event = 'campaign_collection_changed';
		const items = itemsOf(await deliver({ body: payload, parameters: { events: ['campaignCollectionEdited'] } }));
		expect(items).toHaveLength(1);
	});

	test('anything that is not a notification is a Rule Webhook (Custom Payload): an object is one item, a list one item per element', async () => {
		const one = itemsOf(await deliver({ body: { customer: 'c-1', tier: 'Gold' }, parameters: { events: ['ruleWebhook'] } }));
		expect(one).toEqual([{ customer: 'c-1', tier: 'Gold', notification: expect.objectContaining({ event: 'ruleWebhook', notificationType: null }) }]);
		const many = itemsOf(await deliver({ body: [{ a: 1 }, { a: 2 }, 'text'], parameters: { events: ['ruleWebhook'] } }));
		expect(many.map(({ notification, ...rest }) => [rest, (notification as { batchIndex: number }).batchIndex])).toEqual([
			[{ a: 1 }, 0],
			[{ a: 2 }, 1],
			[{ value: 'text' }, 2],
		]);
		const unknownType = itemsOf(await deliver({ body: { NotificationType: 'SomethingNew', x: 1 }, parameters: { events: ['ruleWebhook'] } }));
		expect(unknownType).toHaveLength(1);
	});

	test('a batch of 1,000 tier upgrades gives 1,000 items in order', async () => {
		const payload = payloadFor(byValue('tierUpgrade'), 1000);
		const items = itemsOf(await deliver({ body: payload, parameters: { events: ['tierUpgrade'] } }));
		expect(items).toHaveLength(1000);
		expect(items.map((item) => item.SubledgerID)).toEqual(Array.from({ length: 1000 }, (_, i) => `entry-${i}`));
	});
});
