import type { IDataObject } from 'n8n-workflow';
import type { OperationCase } from './case';

/** Workflow runs of the customerData operations (nodes/TalonOne/operations/customerData/). */
export const cases: OperationCase[] = [
	{
		operationId: 'getCustomerInventory',
		title: "inventory flags become query parameters; the reserved coupon shows up",
		parameters: { integrationId: 'demo-customer-1', profile: true, referrals: true, coupons: true, loyalty: false, giveaways: true },
		requests: [
			{
				method: 'GET',
				rawTarget: '/v1/customer_profiles/demo-customer-1/inventory?profile=true&referrals=true&coupons=true&loyalty=false&giveaways=true&achievements=false',
			},
		],
		verify: ([json]) => {
			expect((json.coupons as IDataObject[]).map((c) => c.value)).toContain('WELCOME10');
			expect((json.referrals as IDataObject[]).map((r) => r.code)).toContain('DEMO-REFERRAL');
			expect((json.profile as IDataObject).integrationId).toBe('demo-customer-1');
		},
	},
	{
		operationId: 'deleteCustomerData',
		title: "delete a customer's data; the profile is gone afterwards",
		scheme: 'signing',
		parameters: { integrationId: 'demo-customer-1' },
		requests: [{ method: 'DELETE', rawTarget: '/v1/customer_data/demo-customer-1' }],
		verify: ([json], server) => {
			expect(json).toEqual({ success: true, integrationId: 'demo-customer-1' });
			expect(server.state.profiles.has('demo-customer-1')).toBe(false);
			expect(server.state.reservations.get('WELCOME10')?.has('demo-customer-1') ?? false).toBe(false);
		},
	},
];
