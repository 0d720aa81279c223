import { summarizeRollbacks } from '../../response/effects';
import { summarizeIntegrationState } from '../../response/simplify';
import type { OperationDefinition } from '../types';
import { customerSessionId } from '../sharedFields';

export const reopenCustomerSession: OperationDefinition = {
	operationId: 'reopenCustomerSession',
	resource: 'customerSession',
	operation: 'reopen',
	displayName: 'Reopen',
	action: 'Reopen a closed customer session',
	description:
		'Puts a closed order back to open so it can be changed. Talon.One rolls back what closing it gave (discount budgets, pending loyalty points); the output lists the rolled-back effects.',
	method: 'PUT',
	path: '/v2/customer_sessions/{customerSessionId}/reopen',
	pathFields: [customerSessionId],
	auth: ['apiKey'],
	simplify: summarizeIntegrationState((answer, sent) => ({ customerSessionId: sent.identity.customerSessionId, state: 'open', ...summarizeRollbacks(answer.effects) })),
};
