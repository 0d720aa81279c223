import type { BooleanField } from '../../fields/types';
import type { OperationDefinition } from '../types';
import { profileIntegrationId } from '../sharedFields';

const include = (key: string, displayName: string, what: string): BooleanField => ({
	kind: 'boolean',
	key,
	displayName,
	description: `Whether to include ${what}`,
});

export const getCustomerInventory: OperationDefinition = {
	operationId: 'getCustomerInventory',
	resource: 'customerData',
	operation: 'getInventory',
	displayName: 'Get Inventory',
	action: 'Get the inventory of a customer',
	description:
		"Returns what a customer holds: profile, coupons, referral codes, loyalty points, giveaways and achievements (useful to answer a data access request)",
	method: 'GET',
	path: '/v1/customer_profiles/{integrationId}/inventory',
	pathFields: [profileIntegrationId],
	queryFields: [
		include('profile', 'Include Profile', "the customer's profile and attributes"),
		include('referrals', 'Include Referrals', 'the referral codes the customer shares'),
		include('coupons', 'Include Coupons', 'the coupons the customer holds or reserved'),
		include('loyalty', 'Include Loyalty', 'loyalty points and cards'),
		include('giveaways', 'Include Giveaways', 'giveaways the customer was awarded'),
		include('achievements', 'Include Achievements', "the customer's progress in your achievements"),
	],
	auth: ['apiKey', 'signing'],
};
