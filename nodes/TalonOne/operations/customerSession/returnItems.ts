import type { Field } from '../../fields/types';
import { summarizeRollbacks } from '../../response/effects';
import { summarizeIntegrationState } from '../../response/simplify';
import type { OperationDefinition } from '../types';
import { customerSessionId, dryRun, responseContent } from '../sharedFields';

const returnedItemFields: readonly Field[] = [
	{
		kind: 'string',
		key: 'sku',
		displayName: 'SKU',
		description: 'The SKU (product code) of the returned cart item, as sent in the session',
		required: true,
		minLength: 1,
	},
	{
		kind: 'number',
		key: 'quantity',
		displayName: 'Quantity',
		description: 'How many units come back. Leave empty to return all units of the item.',
		integer: true,
		minimum: 1,
	},
	{
		kind: 'number',
		key: 'position',
		displayName: 'Position',
		description: "The item's place in the session's cart (the first item is 0), to pick one line when the same SKU is in the cart twice",
		integer: true,
		minimum: 0,
	},
];

export const returnCartItems: OperationDefinition = {
	operationId: 'returnCartItems',
	resource: 'customerSession',
	operation: 'returnItems',
	displayName: 'Return Items',
	action: 'Return items of a customer session',
	description:
		'Records returned items of a closed order (e.g. a refund): Talon.One rolls back the discounts and loyalty points they got and marks the session partially returned',
	method: 'POST',
	path: '/v2/customer_sessions/{customerSessionId}/returns',
	pathFields: [customerSessionId],
	queryFields: [
		{
			kind: 'boolean',
			key: 'runRuleEngine',
			displayName: 'Re-Evaluate Campaigns',
			description:
				'Whether Talon.One re-evaluates the order after the return, for campaigns set to re-evaluate on returns (e.g. to take back a free gift when the order falls under its threshold)',
		},
		dryRun('the return'),
	],
	bodyFields: [
		{
			kind: 'objectList',
			key: 'returnedCartItems',
			displayName: 'Returned Items',
			description: 'The items that come back',
			itemLabel: 'returned item',
			fields: returnedItemFields,
			required: true,
			parent: 'return',
		},
		responseContent('Extra data to include in the output besides the effects', ['coupons', 'customerProfile', 'customerSession', 'event', 'loyalty', 'previousReturns', 'referral', 'triggeredCampaigns']),
	],
	requiredBodyObjects: ['return'],
	auth: ['apiKey'],
	simplify: summarizeIntegrationState((answer, sent) => {
		const returned = answer.return as { returnedCartItems?: unknown[] } | undefined;
		const items = (sent.body?.return as { returnedCartItems?: unknown[] } | undefined)?.returnedCartItems ?? [];
		return { customerSessionId: sent.identity.customerSessionId, returnedItems: returned?.returnedCartItems ?? items, ...summarizeRollbacks(answer.effects) };
	}),
};
