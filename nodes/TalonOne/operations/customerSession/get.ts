import type { OperationDefinition } from '../types';
import { customerSessionId } from '../sharedFields';

export const getCustomerSession: OperationDefinition = {
	operationId: 'getCustomerSession',
	resource: 'customerSession',
	operation: 'get',
	displayName: 'Get',
	action: 'Get a customer session',
	description: 'Reads a customer session (cart or order) with its items, state, totals and the effects it got',
	method: 'GET',
	path: '/v2/customer_sessions/{customerSessionId}',
	pathFields: [{ ...customerSessionId, description: 'Your ID for the session, usually the cart or order ID from your shop' }],
	auth: ['apiKey'],
};
