import type { ListField } from '../../fields/types';

export const reservationProfileIds: ListField = {
	kind: 'list',
	key: 'integrationIDs',
	displayName: 'Customer Profile IDs',
	description: 'Your IDs of the customers. Separate several with commas, or use an expression that returns a list.',
	itemType: 'string',
	required: true,
	minItems: 1,
	maxItems: 1000,
};
