import type { IDataObject } from 'n8n-workflow';
import type { ExampleCheck } from './types';

export default {
	title: 'referral code, friend coupon reservation, who holds it, codes for many advocates, release',
	check: ({ server, out }) => {
		const [referral] = out('Create Referral Code');
		expect(referral).toMatchObject({ campaignId: 2, advocateProfileIntegrationId: 'demo-customer-1', friendProfileIntegrationId: 'friend-77' });
		expect(server.state.referrals.has(referral.code as string)).toBe(true);
		expect((out('Who Holds It')[0].data as IDataObject[]).map((p) => p.integrationId)).toEqual(['friend-77']);
		const [codes] = out('Codes for Newsletter Advocates');
		expect((codes.referrals as IDataObject[]).map((r) => r.advocateProfileIntegrationId)).toEqual(['demo-customer-1', 'demo-customer-2']);
		expect(out('Release Reservation')).toEqual([{ success: true, couponValue: 'SUMMER-SALE' }]);
		expect(server.state.reservations.get('SUMMER-SALE')?.size ?? 0).toBe(0);
	},
} satisfies ExampleCheck;
