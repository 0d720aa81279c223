import type { OperationDefinition } from '../types';
import { loyaltyCardId, loyaltyProgramId } from '../loyaltyFields';
import { cardProfile } from './shared';

export const unlinkLoyaltyCardFromProfile: OperationDefinition = {
	operationId: 'unlinkLoyaltyCardFromProfile',
	resource: 'loyaltyCard',
	operation: 'unlinkProfile',
	displayName: 'Unlink Profile',
	action: 'Unlink a loyalty card from a customer',
	description: 'Removes the link between a loyalty card and a customer; the points stay on the card',
	method: 'POST',
	path: '/v2/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/unlink_profile',
	pathFields: [loyaltyProgramId, loyaltyCardId],
	bodyFields: [cardProfile('Your ID of the customer to unlink from the card')],
	auth: ['apiKey'],
};
