import type { ExampleCheck } from './types';

export default {
	kind: 'trigger',
	title: 'coupons created in the fake Talon.One: the one made for a customer is mailed to them, the one without a recipient is not',
	check: async ({ server, waitForMail }) => {
		const entries = [
			{ value: 'VIP-7Q2X', recipientIntegrationId: 'margaret@example.com', expiryDate: '2026-12-31T23:00:00Z' },
			{ value: 'SHARED-0001', recipientIntegrationId: '' },
		];
		await server.notifications.send('createCouponData', { message: { NotificationType: 'CouponCreated' }, entries });
		const mail = await waitForMail(1);
		expect(mail[0].to).toEqual(['margaret@example.com']);
		expect(mail[0].subject).toBe('Your personal coupon');
		expect(mail[0].text).toContain('here is your personal coupon code: VIP-7Q2X.');
		expect(mail[0].text).toContain('It is valid until 31 December 2026.');
		await new Promise((resolve) => setTimeout(resolve, 1500));
		expect(mail).toHaveLength(1);
	},
} satisfies ExampleCheck;
