import type { IDataObject } from 'n8n-workflow';
import type { ExampleCheck } from './types';

export default {
	title: "a GDPR request gets the customer's inventory, then erases the customer",
	check: ({ server, out }) => {
		const [inventory] = out('Get Inventory');
		expect((inventory.profile as IDataObject).integrationId).toBe('demo-customer-1');
		expect((inventory.coupons as IDataObject[]).map((c) => c.value)).toContain('WELCOME10');
		expect(out('Delete Customer Data')).toEqual([{ success: true, integrationId: 'demo-customer-1' }]);
		expect(server.state.profiles.has('demo-customer-1')).toBe(false);
	},
} satisfies ExampleCheck;
