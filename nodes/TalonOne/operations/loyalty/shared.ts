import type { QueryField } from '../types';
import { balanceAt, subledgerQuery } from '../loyaltyFields';

/** The query of a customer's balance, through either API. */
export const balanceQuery: readonly QueryField[] = [
	{
		kind: 'boolean',
		key: 'includeTiers',
		displayName: 'Include Tier',
		description: "Whether to include the customer's current tier, the next tier and the points missing to reach it",
		default: true,
	},
	{
		kind: 'boolean',
		key: 'includeProjectedTier',
		displayName: 'Include Projected Tier',
		description: 'Whether to include the tier the customer will have at the end of the tier period if nothing changes',
	},
	balanceAt,
	subledgerQuery('Only this subledger\'s balance.'),
];
