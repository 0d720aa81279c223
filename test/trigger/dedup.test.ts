/** Repeated deliveries of one message (same X-UUID) start one run; the window that remembers ids stays bounded. */
import { DedupWindow } from '../../nodes/TalonOneTrigger/dedup';
import { MAX_REMEMBERED_IDS } from '../../nodes/TalonOneTrigger/webhook';
import { deliver, itemsOf } from './support';

const body = { NotificationType: 'TierUpgrade', TotalResultSize: 1, Data: [{ CustomerProfileID: 'c-1', CurrentTier: 'Gold' }] };

describe('duplicate deliveries through the webhook', () => {
	test('the same X-UUID twice: one run, the second delivery is acknowledged', async () => {
		const headers = { 'x-uuid': 'dup-1' };
		const nodeId = 'dedup-node-1';
		expect(itemsOf(await deliver({ body, headers, nodeId }))).toHaveLength(1);
		const again = await deliver({ body, headers, nodeId });
		expect(again.response).toEqual({ webhookResponse: { message: 'Received, not started: message dup-1 was already received' } });
		expect(itemsOf(await deliver({ body, headers: { 'x-uuid': 'dup-2' }, nodeId }))).toHaveLength(1);
	});

	test('each trigger has its own window; switched off, every delivery runs; without X-UUID nothing is held back', async () => {
		const headers = { 'x-uuid': 'dup-3' };
		expect(itemsOf(await deliver({ body, headers, nodeId: 'dedup-node-2' }))).toHaveLength(1);
		expect(itemsOf(await deliver({ body, headers, nodeId: 'dedup-node-3' }))).toHaveLength(1);
		const off = { options: { ignoreDuplicates: false } };
		expect(itemsOf(await deliver({ body, headers, nodeId: 'dedup-node-2', parameters: off }))).toHaveLength(1);
		expect(itemsOf(await deliver({ body, nodeId: 'dedup-node-4' }))).toHaveLength(1);
		expect(itemsOf(await deliver({ body, nodeId: 'dedup-node-4' }))).toHaveLength(1);
	});

	test('a delivery that starts nothing (event not selected) does not use up its id', async () => {
		const headers = { 'x-uuid': 'dup-4' };
		await deliver({ body, headers, nodeId: 'dedup-node-5', parameters: { events: ['tierDowngrade'] } });
		expect(itemsOf(await deliver({ body, headers, nodeId: 'dedup-node-5' }))).toHaveLength(1);
	});
});

describe('the window', () => {
	test('an id is remembered for the window, then forgotten', () => {
		const window = new DedupWindow({ windowMs: 60_000, maxIds: 100 });
		expect(window.seenBefore('a', 0)).toBe(false);
		expect(window.seenBefore('a', 59_999)).toBe(true);
		expect(window.seenBefore('a', 60_000)).toBe(false);
		expect(window.seenBefore('a', 60_001)).toBe(true);
	});

	test('never holds more than maxIds: the oldest go first', () => {
		const window = new DedupWindow({ windowMs: 60_000, maxIds: 1000 });
		for (let i = 0; i < 5000; i++) {
			window.seenBefore(`id-${i}`, i);
			expect(window.size).toBeLessThanOrEqual(1000);
		}
		expect(window.size).toBe(1000);
		expect(window.seenBefore('id-4999', 5000)).toBe(true);
		expect(window.seenBefore('id-4000', 5000)).toBe(true);
		expect(window.seenBefore('id-3999', 5000)).toBe(false);
	});

	test('expired ids leave as time passes, even without new ids filling the window', () => {
		const window = new DedupWindow({ windowMs: 1000, maxIds: 100 });
		for (let i = 0; i < 50; i++) window.seenBefore(`id-${i}`, i);
		window.seenBefore('late', 1030);
		expect(window.size).toBe(20);
	});

	test('a smaller limit drops the oldest ids at once; the trigger keeps at most 10,000', () => {
		const window = new DedupWindow({ windowMs: 60_000, maxIds: 100 });
		for (let i = 0; i < 100; i++) window.seenBefore(`id-${i}`, 0);
		window.configure({ windowMs: 60_000, maxIds: 10 });
		expect(window.size).toBe(10);
		expect(window.seenBefore('id-99', 1)).toBe(true);
		expect(MAX_REMEMBERED_IDS).toBe(10_000);
	});
});
