import type { IDataObject } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { jsonOf, runOperation, useFakeServer } from '../support/talonOne';

/** Create for Multiple Recipients: one item per new subscriber, combined up to the endpoint's maxItems (1000). */
let server: FakeTalonOne;
useFakeServer((started) => (server = started));

test('2,500 subscribers, one per item, go out as 3 requests of 1000, 1000 and 500; each item gets its own coupon', async () => {
	const inputItems = Array.from({ length: 2500 }, (_v, i) => ({ email: `subscriber-${i}@example.com` }));
	const result = await runOperation(
		server,
		'createCouponsForMultipleRecipients',
		{ applicationId: 1, campaignId: 1, recipientsIntegrationIds: '={{ $json.email }}', usageLimit: 1 },
		{ inputItems, scheme: 'managementKey' },
	);
	expect(result.error).toBeUndefined();
	const sizes = server.requests.map((r) => ((r.body as IDataObject).recipientsIntegrationIds as string[]).length);
	expect(sizes).toEqual([1000, 1000, 500]);
	const output = jsonOf(result);
	expect(output).toHaveLength(2500);
	output.forEach((item, i) => {
		const [coupon] = item.coupons as IDataObject[];
		expect(coupon.recipientIntegrationId).toBe(inputItems[i].email);
		expect(server.state.coupons.get(coupon.value as string)?.recipientIntegrationId).toBe(inputItems[i].email);
	});
	expect(result.items.map((item) => item.pairedItem)).toEqual(inputItems.map((_v, i) => ({ item: i })));
});
