import type { OperationDefinition } from '../types';
import { loyaltyProgramId } from '../loyaltyFields';

export const generateLoyaltyCard: OperationDefinition = {
	operationId: 'generateLoyaltyCard',
	resource: 'loyaltyCard',
	operation: 'generate',
	displayName: 'Generate',
	action: 'Create a loyalty card',
	description: 'Creates a loyalty card in a card-based program, optionally with your own card number and linked to customers',
	method: 'POST',
	path: '/v1/loyalty_programs/{loyaltyProgramId}/cards',
	pathFields: [loyaltyProgramId],
	bodyFields: [
		{
			kind: 'string',
			key: 'cardIdentifier',
			displayName: 'Card Identifier',
			description: 'Your own card number (4 to 108 letters, digits or . _ % + @ -). Leave empty to let Talon.One generate one.',
			placeholder: 'e.g. CARD-0001',
			minLength: 4,
			maxLength: 108,
			format: 'card-identifier',
		},
		{
			kind: 'list',
			key: 'customerProfileIds',
			displayName: 'Customer Profile IDs',
			description: 'Your IDs of the customers to link the new card to',
			itemType: 'string',
		},
		{
			kind: 'options',
			key: 'status',
			displayName: 'Status',
			description: 'Active cards earn and spend points; inactive cards cannot be used until activated',
			options: [
				{ name: 'Active', value: 'active' },
				{ name: 'Inactive', value: 'inactive' },
			],
			default: 'active',
		},
	],
	auth: ['apiKey'],
};
