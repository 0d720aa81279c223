import type { OperationDefinition } from '../types';
import { filters } from '../sharedFields';

export const getAttributes: OperationDefinition = {
	operationId: 'getAttributes',
	resource: 'attribute',
	operation: 'getMany',
	displayName: 'Get Many',
	action: 'Get many attributes',
	description: 'Lists the custom attributes of your account with their type, one output item each. Needs a Management API key.',
	method: 'GET',
	path: '/v1/attributes',
	queryFields: [
		{
			kind: 'string',
			key: 'entity',
			displayName: 'Entity',
			description: 'Only attributes of this kind of record, as Talon.One names it',
			placeholder: 'e.g. CustomerProfile, CustomerSession, CartItem, Coupon, Event',
			group: filters,
		},
		{ kind: 'string', key: 'type', displayName: 'Type', description: 'Only attributes of this type', placeholder: 'e.g. string, number, boolean, time, (list) string', group: filters },
		{ kind: 'string', key: 'search', displayName: 'Name Contains', description: 'Only attributes whose name or title contains this text', group: filters },
	],
	auth: ['management'],
	paginate: { maxPageSize: 1000 },
};
