import type { OperationDefinition } from '../types';
import { applicationIdBody, loyaltyCardId, loyaltyProgramId, managementKeyNeeded, points, reason, subledgerBody } from '../loyaltyFields';

export const deductLoyaltyCardPoints: OperationDefinition = {
	operationId: 'deductLoyaltyCardPoints',
	resource: 'loyaltyCard',
	operation: 'deductPoints',
	displayName: 'Deduct Points',
	action: 'Deduct loyalty points from a card',
	description: `Takes points from a loyalty card's active balance. ${managementKeyNeeded}`,
	method: 'PUT',
	path: '/v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/deduct_points',
	pathFields: [loyaltyProgramId, loyaltyCardId],
	bodyFields: [points, reason('Reward redeemed in store'), subledgerBody, applicationIdBody],
	auth: ['management'],
	// A PUT, but each one adds or deducts again: never resent after Talon.One may have applied it.
	idempotent: false,
};
