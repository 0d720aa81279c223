import type { ExampleCheck } from './types';

export default {
	kind: 'trigger',
	title: 'a tier upgrade of two customers, delivered twice, sends each one congratulation with the new tier',
	check: async ({ server, waitForMail }) => {
		const entries = [
			{ CustomerProfileID: 'ada@example.com', OldTier: 'Silver', CurrentTier: 'Gold', CurrentPoints: 1200, NextTier: 'Platinum', PointsRequiredToTheNextTier: 300 },
			{ CustomerProfileID: 'alan@example.com', OldTier: 'Bronze', CurrentTier: 'Silver', CurrentPoints: 450, NextTier: 'Gold', PointsRequiredToTheNextTier: 50 },
		];
		await server.notifications.send('tierUpgradeNotification', { entries, duplicates: 1 });
		const mail = await waitForMail(2);
		const ada = mail.find((m) => m.to[0] === 'ada@example.com')!;
		expect(ada.subject).toBe('Welcome to Gold!');
		expect(ada.text).toContain('you moved up from Silver to Gold with 1200 points.');
		expect(ada.text).toContain('Only 300 more points to Platinum.');
		expect(mail.find((m) => m.to[0] === 'alan@example.com')?.subject).toBe('Welcome to Silver!');
		await new Promise((resolve) => setTimeout(resolve, 1500));
		expect(mail).toHaveLength(2);
	},
} satisfies ExampleCheck;
