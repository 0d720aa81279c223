import type { ExampleCheck } from './types';

export default {
	kind: 'trigger',
	title: 'points expiring in 7 days: each customer gets a reminder with the amount and the date',
	check: async ({ server, waitForMail }) => {
		const inSevenDays = new Date(Date.UTC(2026, 5, 8)).toISOString().slice(0, 10);
		const entries = [
			{ CustomerProfileID: 'grace@example.com', AmountOfExpiringPoints: 120, ExpiryDate: inSevenDays },
			{ CustomerProfileID: 'linus@example.com', AmountOfExpiringPoints: 35.5, ExpiryDate: inSevenDays },
		];
		await server.notifications.send('expiringPointsNotification', { entries });
		const mail = await waitForMail(2);
		const grace = mail.find((m) => m.to[0] === 'grace@example.com')!;
		expect(grace.subject).toBe('Your 120 points expire soon');
		expect(grace.text).toContain('120 of your loyalty points expire on 8 June 2026.');
		expect(mail.find((m) => m.to[0] === 'linus@example.com')?.subject).toBe('Your 35.5 points expire soon');
	},
} satisfies ExampleCheck;
