import type { OperationDefinition } from '../types';
import { filtersGroup, loyaltyProgramId, managementKeyNeeded } from '../loyaltyFields';

export const getLoyaltyCards: OperationDefinition = {
	operationId: 'getLoyaltyCards',
	resource: 'loyaltyCard',
	operation: 'getMany',
	displayName: 'Get Many',
	action: 'List loyalty cards',
	description: `Lists the cards of a card-based loyalty program, one output item per card. ${managementKeyNeeded}`,
	method: 'GET',
	path: '/v1/loyalty_programs/{loyaltyProgramId}/cards',
	pathFields: [loyaltyProgramId],
	queryFields: [
		{
			kind: 'string',
			key: 'identifier',
			displayName: 'Card Identifier Contains',
			description: 'Only cards whose identifier contains this text (at least 4 characters)',
			minLength: 4,
			group: filtersGroup,
		},
		{
			kind: 'number',
			key: 'profileId',
			displayName: 'Customer Profile Number',
			description: "Only cards linked to this customer, by Talon.One's internal numeric profile ID (not your customer ID)",
			integer: true,
			minimum: 1,
			default: 1,
			group: filtersGroup,
		},
		{
			kind: 'string',
			key: 'batchId',
			displayName: 'Batch ID',
			description: 'Only cards created in this import or generation batch',
			group: filtersGroup,
		},
	],
	auth: ['management'],
	paginate: { maxPageSize: 1000 },
};
