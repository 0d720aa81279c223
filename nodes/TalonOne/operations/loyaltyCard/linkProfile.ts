import type { OperationDefinition } from '../types';
import { loyaltyCardId, loyaltyProgramId } from '../loyaltyFields';
import { cardProfile } from './shared';

export const linkLoyaltyCardToProfile: OperationDefinition = {
	operationId: 'linkLoyaltyCardToProfile',
	resource: 'loyaltyCard',
	operation: 'linkProfile',
	displayName: 'Link Profile',
	action: 'Link a loyalty card to a customer',
	description: "Links a loyalty card to a customer, so the card's points show with the customer (a card holds as many customers as the program allows)",
	method: 'POST',
	path: '/v2/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/link_profile',
	pathFields: [loyaltyProgramId, loyaltyCardId],
	bodyFields: [cardProfile('Your ID of the customer to link the card to')],
	auth: ['apiKey'],
};
