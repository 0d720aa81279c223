import type { IDataObject } from 'n8n-workflow';
import { addCoupon } from '../../tools/fake-talon-one/resources/coupon/state';
import type { OperationCase } from './case';

/** Workflow runs of the coupon operations (nodes/TalonOne/operations/coupon/), Management API. */
const campaignPath = '/v1/applications/1/campaigns/1';
const where = { applicationId: 1, campaignId: 1 };

export const cases: OperationCase[] = [
	{
		operationId: 'createCoupons',
		title: 'a personal welcome coupon for one customer, output as one item with its code',
		scheme: 'managementKey',
		inputItems: [{ email: 'new@example.com' }],
		parameters: {
			...where,
			numberOfCoupons: 1,
			usageLimit: 1,
			additionalFields: {
				recipientIntegrationId: '={{ $json.email }}',
				expiryDate: '2030-01-31T00:00:00Z',
				couponPattern: 'WELCOME-####',
				attributes: { attribute: [{ name: 'Source', type: 'string', value: 'newsletter' }] },
			},
		},
		requests: [
			{
				method: 'POST',
				rawTarget: `${campaignPath}/coupons?silent=no`,
				body: {
					numberOfCoupons: 1,
					usageLimit: 1,
					recipientIntegrationId: 'new@example.com',
					expiryDate: '2030-01-31T00:00:00Z',
					attributes: { Source: 'newsletter' },
					couponPattern: 'WELCOME-####',
				},
			},
		],
		verify: ([coupon], server) => {
			expect(coupon).toMatchObject({ campaignId: 1, usageLimit: 1, recipientIntegrationId: 'new@example.com', attributes: { Source: 'newsletter' } });
			expect(coupon.value).toMatch(/^WELCOME-[A-Z0-9]{4}$/);
			expect(server.state.coupons.get(coupon.value as string)?.recipientIntegrationId).toBe('new@example.com');
		},
	},
	{
		operationId: 'createCoupons',
		title: 'three codes with a prefix become three output items of the one input item (bearer token)',
		scheme: 'bearerToken',
		parameters: { ...where, numberOfCoupons: 3, usageLimit: 0, additionalFields: { uniquePrefix: 'SPRING-' } },
		requests: [{ method: 'POST', rawTarget: `${campaignPath}/coupons?silent=no`, body: { numberOfCoupons: 3, usageLimit: 0, uniquePrefix: 'SPRING-' } }],
		pairedItems: [0, 0, 0],
		verify: (output, server) => {
			expect(output).toHaveLength(3);
			for (const coupon of output) {
				expect(coupon.value).toMatch(/^SPRING-/);
				expect(server.state.coupons.has(coupon.value as string)).toBe(true);
			}
			expect(new Set(output.map((c) => c.batchId)).size).toBe(1);
		},
	},
	{
		operationId: 'createCoupons',
		title: 'Skip Created Coupons in Output on: Talon.One answers without the coupons, the item says it was done',
		scheme: 'managementKey',
		parameters: { ...where, numberOfCoupons: 2, usageLimit: 1, silent: true },
		requests: [{ method: 'POST', rawTarget: `${campaignPath}/coupons?silent=yes`, body: { numberOfCoupons: 2, usageLimit: 1 } }],
		verify: ([json], server) => {
			expect(json).toEqual({ success: true, ...where });
			expect(server.state.coupons.size).toBe(5);
		},
	},
	{
		operationId: 'createCouponsForMultipleRecipients',
		title: 'items of the same campaign share one request, another campaign gets its own; each item gets its coupons',
		scheme: 'managementKey',
		inputItems: [
			{ campaign: 1, ids: ['ada@example.com'] },
			{ campaign: 2, ids: ['grace@example.com'] },
			{ campaign: 1, ids: ['alan@example.com', 'linus@example.com'] },
		],
		parameters: { applicationId: 1, campaignId: '={{ $json.campaign }}', recipientsIntegrationIds: '={{ $json.ids }}', usageLimit: 1 },
		requests: [
			{ method: 'POST', rawTarget: `${campaignPath}/coupons_with_recipients?silent=no`, body: { recipientsIntegrationIds: ['ada@example.com', 'alan@example.com', 'linus@example.com'], usageLimit: 1 } },
			{ method: 'POST', rawTarget: '/v1/applications/1/campaigns/2/coupons_with_recipients?silent=no', body: { recipientsIntegrationIds: ['grace@example.com'], usageLimit: 1 } },
		],
		verify: (output, server) => {
			const recipients = output.map((item) => (item.coupons as IDataObject[]).map((c) => c.recipientIntegrationId));
			expect(recipients).toEqual([['ada@example.com'], ['grace@example.com'], ['alan@example.com', 'linus@example.com']]);
			expect((output[1].coupons as IDataObject[])[0].campaignId).toBe(2);
			for (const item of output) for (const c of item.coupons as IDataObject[]) expect(server.state.coupons.get(c.value as string)?.recipientIntegrationId).toBe(c.recipientIntegrationId);
		},
	},
	{
		operationId: 'getCouponsWithoutTotalCount',
		title: 'Limit 2 asks for a page of 2 and outputs one item per coupon',
		scheme: 'managementKey',
		parameters: { ...where, limit: 2 },
		requests: [{ method: 'GET', rawTarget: `${campaignPath}/coupons/no_total?pageSize=2&skip=0` }],
		pairedItems: [0, 0],
		verify: (output) => expect(output.map((c) => c.value)).toEqual(['WELCOME10', 'SUMMER-SALE']),
	},
	{
		operationId: 'getCouponsWithoutTotalCount',
		title: 'Return All with filters on code, recipient and validity',
		scheme: 'managementKey',
		setup: (server) => {
			server.state.coupons.get('SUMMER-SALE')!.recipientIntegrationId = 'ada@example.com';
		},
		parameters: { ...where, returnAll: true, filters: { value: 'summer sale', exactMatch: false, recipientIntegrationId: 'ada@example.com', valid: 'validNow' } },
		requests: [
			{
				method: 'GET',
				rawTarget: `${campaignPath}/coupons/no_total?value=summer+sale&exactMatch=false&recipientIntegrationId=ada%40example.com&valid=validNow&pageSize=1000&skip=0`,
			},
		],
		verify: (output) => expect(output.map((c) => c.value)).toEqual(['SUMMER-SALE']),
	},
	{
		operationId: 'searchCouponsAdvancedWithoutTotalCount',
		title: 'coupons whose attributes hold the given values; the body is the attributes object',
		scheme: 'managementKey',
		setup: (server) => {
			server.state.coupons.get('WELCOME10')!.attributes = { Channel: 'newsletter', Tier: 'gold' };
			server.state.coupons.get('SUMMER-SALE')!.attributes = { Channel: 'instagram' };
		},
		parameters: { ...where, returnAll: true, attributes: { attribute: [{ name: 'Channel', type: 'string', value: 'newsletter' }] } },
		requests: [{ method: 'POST', rawTarget: `${campaignPath}/coupons_search_advanced/no_total?pageSize=1000&skip=0`, body: { Channel: 'newsletter' } }],
		verify: (output) => expect(output.map((c) => c.value)).toEqual(['WELCOME10']),
	},
	{
		operationId: 'updateCoupon',
		title: 'new limits and expiry; the start date it was not given is cleared, as Talon.One does',
		scheme: 'managementKey',
		setup: (server) => {
			server.state.coupons.get('WELCOME10')!.startDate = '2024-01-01T00:00:00.000Z';
		},
		parameters: { ...where, couponId: '1', additionalFields: { usageLimit: 5, expiryDate: '2031-06-30T22:00:00Z', recipientIntegrationId: 'demo-customer-2' } },
		requests: [
			{
				method: 'PUT',
				rawTarget: `${campaignPath}/coupons/1`,
				body: { usageLimit: 5, recipientIntegrationId: 'demo-customer-2', expiryDate: '2031-06-30T22:00:00Z' },
			},
		],
		verify: ([coupon], server) => {
			expect(coupon).toMatchObject({ id: 1, value: 'WELCOME10', usageLimit: 5, recipientIntegrationId: 'demo-customer-2', expiryDate: '2031-06-30T22:00:00Z' });
			expect(server.state.coupons.get('WELCOME10')?.startDate).toBeUndefined();
		},
	},
	{
		operationId: 'deleteCoupon',
		title: 'delete a coupon by its ID',
		scheme: 'managementKey',
		parameters: { ...where, couponId: '2' },
		requests: [{ method: 'DELETE', rawTarget: `${campaignPath}/coupons/2` }],
		verify: ([json], server) => {
			expect(json).toEqual({ success: true, ...where, couponId: '2' });
			expect(server.state.coupons.has('SUMMER-SALE')).toBe(false);
		},
	},
	{
		operationId: 'getCouponsWithoutTotalCount',
		title: 'Return All follows hasMore over two pages of 1000',
		scheme: 'managementKey',
		setup: (server) => {
			for (let i = 0; i < 1200; i++) addCoupon(server.state, `BULK-${i}`, 1, '2026-01-01T00:00:00.000Z');
		},
		parameters: { ...where, returnAll: true },
		requests: [
			{ method: 'GET', rawTarget: `${campaignPath}/coupons/no_total?pageSize=1000&skip=0` },
			{ method: 'GET', rawTarget: `${campaignPath}/coupons/no_total?pageSize=1000&skip=1000` },
		],
		pairedItems: Array.from({ length: 1203 }, () => 0),
		verify: (output) => {
			expect(output).toHaveLength(1203);
			expect(new Set(output.map((c) => c.value)).size).toBe(1203);
		},
	},
];
