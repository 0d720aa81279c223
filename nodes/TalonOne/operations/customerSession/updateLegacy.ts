import type { OperationDefinition } from '../types';
import { attributes, cartItems, customerSessionId, dryRun, sessionIdentifiers, sessionState } from '../sharedFields';

export const updateCustomerSessionLegacy: OperationDefinition = {
	operationId: 'updateCustomerSession',
	resource: 'customerSession',
	operation: 'updateLegacy',
	displayName: 'Update (Legacy V1)',
	action: 'Update a customer session with the legacy V1 API',
	description:
		'Deprecated by Talon.One: use Update instead. Kept for Applications that still sign requests with the application key.',
	method: 'PUT',
	path: '/v1/customer_sessions/{customerSessionId}',
	pathFields: [customerSessionId],
	queryFields: [dryRun('the session update')],
	bodyFields: [
		{
			kind: 'string',
			key: 'profileId',
			displayName: 'Customer Profile ID',
			description: 'Your ID for the customer who owns this session. Leave empty for an anonymous session.',
		},
		{ kind: 'string', key: 'coupon', displayName: 'Coupon Code', description: 'A coupon code the customer entered' },
		{ kind: 'string', key: 'referral', displayName: 'Referral Code', description: 'A referral code the customer entered' },
		sessionState(['open', 'closed', 'cancelled']),
		cartItems(),
		sessionIdentifiers(),
		{ kind: 'number', key: 'total', displayName: 'Total', description: 'The total value of the session' },
		attributes('Custom session attributes defined in Talon.One', 'CustomerSession'),
	],
	auth: ['apiKey', 'signing'],
	legacy: true,
};
