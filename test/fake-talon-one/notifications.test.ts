/**
 * The fake Talon.One's notifications: delivered over loopback HTTP to a receiver that records them,
 * with the configured headers and an X-UUID, batched, retried on 5xx/429 (the 10-minute schedule
 * compressed), duplicated on demand, and emitted from state changes.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startFakeTalonOne, type FakeTalonOne } from '../../tools/fake-talon-one';
import { MAX_BATCH, RETRY_SCHEDULE_S } from '../../tools/fake-talon-one/notifications/sender';
import { assertValidNotification } from '../../tools/fake-talon-one/notifications/schemas';
import { addCoupon } from '../../tools/fake-talon-one/resources/coupon/state';
import { notifyChanges, snapshot } from '../../tools/fake-talon-one/notifications/watch';

interface Received {
	headers: http.IncomingHttpHeaders;
	body: any;
}

let receiver: http.Server;
let url: string;
const received: Received[] = [];
/** Statuses to answer with, in order; then 200. */
let answers: number[] = [];

beforeAll(async () => {
	receiver = http.createServer((req, res) => {
		let text = '';
		req.on('data', (chunk) => (text += chunk));
		req.on('end', () => {
			received.push({ headers: req.headers, body: JSON.parse(text) });
			res.writeHead(answers.shift() ?? 200).end('{}');
		});
	});
	await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
	url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhook`;
});

afterAll(async () => {
	await new Promise((resolve) => receiver.close(resolve));
});

let server: FakeTalonOne;

beforeEach(async () => {
	received.length = 0;
	answers = [];
	server = await startFakeTalonOne();
	server.notifications.configure({ url, headers: { 'X-Talon-Webhook-Secret': 's3cret-s3cret-s3cret' }, timeScale: 0.0001 });
});

afterEach(async () => {
	await server.close();
});

test('a notification goes out as a valid payload with the configured header and an X-UUID', async () => {
	const [record] = await server.notifications.send('tierUpgradeNotification', { entries: [{ CustomerProfileID: 'c-1', CurrentTier: 'Gold' }] });
	expect(record).toEqual(expect.objectContaining({ outcome: 'delivered', entries: 1, copy: 0, attempts: [expect.objectContaining({ status: 200 })] }));
	expect(received).toHaveLength(1);
	const [{ headers, body }] = received;
	expect(headers['x-talon-webhook-secret']).toBe('s3cret-s3cret-s3cret');
	expect(headers['x-uuid']).toBe(record.uuid);
	expect(headers['content-type']).toBe('application/json');
	expect(body).toEqual(expect.objectContaining({ NotificationType: 'TierUpgrade', TotalResultSize: 1, Data: [expect.objectContaining({ CustomerProfileID: 'c-1', CurrentTier: 'Gold' })] }));
	expect(() => assertValidNotification('tierUpgradeNotification', body)).not.toThrow();
});

test('2,500 entries go out as three messages of at most 1,000, each with its own X-UUID', async () => {
	const entries = Array.from({ length: 2500 }, (_, i) => ({ CustomerProfileID: `c-${i}` }));
	const records = await server.notifications.send('expiringPointsNotification', { entries });
	expect(records.map((r) => r.entries)).toEqual([MAX_BATCH, MAX_BATCH, 500]);
	expect(received.map((r) => r.body.Data.length).sort()).toEqual([1000, 1000, 500].sort());
	expect(new Set(received.map((r) => r.headers['x-uuid'])).size).toBe(3);
	expect(received.flatMap((r) => r.body.Data.map((e: { CustomerProfileID: string }) => e.CustomerProfileID)).sort()).toEqual(entries.map((e) => e.CustomerProfileID).sort());
});

test('5xx and 429 are retried with the same X-UUID on the schedule; another 4xx is not', async () => {
	answers = [503, 429, 500];
	const [retried] = await server.notifications.send('tierDowngradeNotification', { entries: [{}] });
	expect(retried.attempts.map((a) => a.status)).toEqual([503, 429, 500, 200]);
	expect(retried.outcome).toBe('delivered');
	expect(new Set(received.map((r) => r.headers['x-uuid']))).toEqual(new Set([retried.uuid]));

	received.length = 0;
	answers = [400];
	const [refused] = await server.notifications.send('tierDowngradeNotification', { entries: [{}] });
	expect(refused.attempts.map((a) => a.status)).toEqual([400]);
	expect(refused.outcome).toBe('failed');
});

test('a receiver that keeps failing gets every attempt of the schedule (10 minutes in all), then the message is given up', async () => {
	expect(RETRY_SCHEDULE_S.reduce((a, b) => a + b, 0)).toBe(600);
	answers = Array.from({ length: 20 }, () => 502);
	const [record] = await server.notifications.send('couponsData', { message: { NotificationType: 'CouponDeleted' }, entries: [{}] });
	expect(record.attempts).toHaveLength(RETRY_SCHEDULE_S.length + 1);
	expect(record.outcome).toBe('failed');
});

test('an unreachable URL counts as a failed attempt (status 0) and is retried', async () => {
	server.notifications.configure({ url: 'http://127.0.0.1:1/nothing', timeScale: 0.0001 });
	const [record] = await server.notifications.send('asyncCouponsData');
	expect(record.attempts).toHaveLength(RETRY_SCHEDULE_S.length + 1);
	expect(record.attempts.every((a) => a.status === 0)).toBe(true);
});

test('duplicates on demand: the same message delivered again with the same X-UUID', async () => {
	const records = await server.notifications.send('tierUpgradeNotification', { entries: [{}], duplicates: 2 });
	expect(records.map((r) => r.copy)).toEqual([0, 1, 2]);
	expect(received).toHaveLength(3);
	expect(new Set(received.map((r) => r.headers['x-uuid'])).size).toBe(1);
	expect(new Set(received.map((r) => JSON.stringify(r.body))).size).toBe(1);
});

test('state changes become notifications: coupons created in one request are one batch, a campaign switched off one entry', async () => {
	const before = snapshot(server.state);
	for (const code of ['NEW-0001', 'NEW-0002']) addCoupon(server.state, code, 1, '2026-06-01T10:00:00Z');
	server.state.campaigns.get(1)!.state = 'disabled';
	notifyChanges(before, server.state, server.notifications);
	await server.notifications.idle();
	const coupons = received.find((r) => r.body.NotificationType === 'CouponCreated')!;
	expect(coupons.body.data.map((c: { value: string }) => c.value)).toEqual(['NEW-0001', 'NEW-0002']);
	const campaign = received.find((r) => r.body.NotificationType === 'CampaignNotification')!;
	expect(campaign.body.Data).toEqual([expect.objectContaining({ Event: 'campaign_state_changed', oldState: 'enabled', newState: 'disabled', campaign: expect.objectContaining({ id: 1 }) })]);
	expect(received).toHaveLength(2);
});

test('nothing is sent, and no snapshot taken, until a target is configured', async () => {
	server.notifications.configure(null);
	expect(server.notifications.active).toBe(false);
	await expect(server.notifications.send('tierUpgradeNotification')).rejects.toThrow('configure a notification target first');
	expect(received).toHaveLength(0);
});

test('points added through the Management API reach the URL as Added or Deducted Points, and the tier they reach as Tier Upgrade', async () => {
	const demo = await startFakeTalonOne({ demo: true });
	try {
		demo.notifications.configure({ url, headers: { 'X-Talon-Webhook-Secret': 's3cret-s3cret-s3cret' } });
		const res = await fetch(`${demo.url}/v1/loyalty_programs/1/profile/demo-customer-1/add_points`, {
			method: 'PUT',
			headers: { authorization: `ManagementKey-v1 ${demo.options.managementKey}`, 'content-type': 'application/json' },
			body: JSON.stringify({ points: 100, name: 'Birthday bonus' }),
		});
		expect(res.status).toBe(204);
		await demo.notifications.idle();
		const added = received.find((r) => r.body.NotificationType === 'LoyaltyPointsAdded')!;
		expect(added.body).toEqual(
			expect.objectContaining({ ProfileIntegrationID: 'demo-customer-1', LoyaltyProgramID: 1, Amount: 100, Operation: 'addition', Reason: 'Birthday bonus', TypeOfChange: 'management_api' }),
		);
		const tier = received.find((r) => r.body.NotificationType === 'TierUpgrade')!;
		expect(tier.body.Data).toEqual([
			expect.objectContaining({ CustomerProfileID: 'demo-customer-1', OldTier: 'Bronze', CurrentTier: 'Silver', CurrentPoints: 220, NextTier: 'Gold', PointsRequiredToTheNextTier: 280 }),
		]);
		expect(received).toHaveLength(2);
	} finally {
		await demo.close();
	}
});
