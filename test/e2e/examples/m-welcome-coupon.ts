import type { ExampleCheck } from './types';

export default {
	title: "a personal coupon is created for the new subscriber and its code is emailed through the sandbox's SMTP sink",
	check: ({ out, server, mail, requestsTo }) => {
		const [coupon] = out('Create Welcome Coupon');
		const code = coupon.value as string;
		expect(code).toMatch(/^WELCOME-[A-Z0-9]{4}$/);
		expect(server.state.coupons.get(code)).toMatchObject({ campaignId: 1, usageLimit: 1, recipientIntegrationId: 'grace.hopper@example.com', attributes: { Source: 'newsletter' } });
		expect(requestsTo('createCoupons')[0].headers.authorization).toMatch(/^ManagementKey-v1 /);
		expect(mail).toHaveLength(1);
		expect(mail[0].to).toEqual(['grace.hopper@example.com']);
		expect(mail[0].subject).toBe('Grace, your welcome coupon');
		expect(mail[0].text).toContain(`Your personal coupon code is ${code}.`);
	},
} satisfies ExampleCheck;
