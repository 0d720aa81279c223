import type { OperationDefinition } from '../types';
import { applicationIdBody, loyaltyProgramIdText, managementKeyNeeded, points, pointsTiming, reason, subledgerBody } from '../loyaltyFields';
import { profileIntegrationId } from '../sharedFields';

export const addLoyaltyPoints: OperationDefinition = {
	operationId: 'addLoyaltyPoints',
	resource: 'loyalty',
	operation: 'addPoints',
	displayName: 'Add Points',
	action: 'Add loyalty points to a customer',
	description: `Gives a customer points in a loyalty program, e.g. for a product review, with an optional expiry and pending period. ${managementKeyNeeded}`,
	method: 'PUT',
	path: '/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/add_points',
	pathFields: [loyaltyProgramIdText, profileIntegrationId],
	bodyFields: [points, reason('Product review'), subledgerBody, ...pointsTiming, applicationIdBody],
	auth: ['management'],
	// A PUT, but each one adds or deducts again: never resent after Talon.One may have applied it.
	idempotent: false,
};
