import type { OperationDefinition } from '../types';
import { applicationIdBody, loyaltyCardId, loyaltyProgramId, managementKeyNeeded, points, pointsTiming, reason, subledgerBody } from '../loyaltyFields';

export const addLoyaltyCardPoints: OperationDefinition = {
	operationId: 'addLoyaltyCardPoints',
	resource: 'loyaltyCard',
	operation: 'addPoints',
	displayName: 'Add Points',
	action: 'Add loyalty points to a card',
	description: `Gives a loyalty card points, with an optional expiry and pending period. ${managementKeyNeeded}`,
	method: 'PUT',
	path: '/v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/add_points',
	pathFields: [loyaltyProgramId, loyaltyCardId],
	bodyFields: [points, reason('Welcome bonus'), subledgerBody, ...pointsTiming, applicationIdBody],
	auth: ['management'],
	// A PUT, but each one adds or deducts again: never resent after Talon.One may have applied it.
	idempotent: false,
};
