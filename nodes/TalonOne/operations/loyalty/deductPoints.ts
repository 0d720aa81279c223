import type { OperationDefinition } from '../types';
import { applicationIdBody, loyaltyProgramIdText, managementKeyNeeded, points, reason, subledgerBody } from '../loyaltyFields';
import { profileIntegrationId } from '../sharedFields';

export const removeLoyaltyPoints: OperationDefinition = {
	operationId: 'removeLoyaltyPoints',
	resource: 'loyalty',
	operation: 'deductPoints',
	displayName: 'Deduct Points',
	action: 'Deduct loyalty points from a customer',
	description: `Takes points from a customer's active balance, e.g. for a reward redeemed outside your shop. ${managementKeyNeeded}`,
	method: 'PUT',
	path: '/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/deduct_points',
	pathFields: [loyaltyProgramIdText, profileIntegrationId],
	bodyFields: [points, reason('Reward redeemed in store'), subledgerBody, applicationIdBody],
	auth: ['management'],
	// A PUT, but each one adds or deducts again: never resent after Talon.One may have applied it.
	idempotent: false,
};
