import { LISTS } from '../../methods/listNames';
import type { OperationDefinition } from '../types';

export const bestPriorPrice: OperationDefinition = {
	operationId: 'bestPriorPrice',
	resource: 'pricing',
	operation: 'bestPriorPrice',
	displayName: 'Best Prior Price',
	action: 'Get the best prior price of products',
	description:
		'Returns the lowest price each product had in a period before a date, e.g. the 30-day lowest price a sale must show (one output item per SKU; found is false for a SKU without prices)',
	method: 'POST',
	path: '/v1/best_prior_price',
	bodyFields: [
		{
			kind: 'list',
			key: 'skus',
			displayName: 'SKUs',
			description: 'The SKUs (product codes) to look up. Separate several with commas, or use an expression that returns a list.',
			itemType: 'string',
			required: true,
			minItems: 1,
		},
		{
			kind: 'string',
			key: 'timeframe',
			displayName: 'Days to Look Back',
			description: 'How many days before the end date count, e.g. 30',
			required: true,
			placeholder: 'e.g. 30',
			minLength: 1,
		},
		{
			kind: 'string',
			key: 'timeframeEndDate',
			displayName: 'End Date',
			description: 'The latest date and time whose prices count, usually now or the start of the sale',
			required: true,
			format: 'date-time',
		},
		{
			kind: 'options',
			key: 'timeframeEndDateType',
			displayName: 'Period Ends',
			description: 'Where the look-back period ends',
			required: true,
			options: [
				{ name: 'At the End Date', value: 'strict', description: 'The period ends exactly at the end date' },
				{ name: 'When the Current Price Started', value: 'price', description: 'Only prices before the current price count' },
				{ name: 'When the Current Sale Started', value: 'sale', description: 'Only prices before the current sale (price context) count' },
			],
			default: 'strict',
		},
		{
			kind: 'options',
			key: 'targetType',
			displayName: 'Prices For',
			description: 'Whose prices count: everyone, or only the prices shown to one audience',
			required: true,
			options: [
				{ name: 'Everyone', value: 'NONE' },
				{ name: 'An Audience', value: 'AUDIENCE' },
			],
			default: 'NONE',
			parent: 'target',
		},
		{
			kind: 'locator',
			key: 'audienceID',
			displayName: 'Audience',
			description: 'With Prices For set to An Audience: the audience, picked from the list (needs a Management API key) or its numeric ID (shown in the Campaign Manager under Audiences)',
			list: LISTS.audiences,
			valueType: 'integer',
			parent: 'target',
		},
	],
	auth: ['apiKey'],
	answerIsList: true,
	// One item per SKU asked for, so a SKU without price history shows up instead of going missing.
	listOutputs: (records, sent) => {
		const skus = (sent.body?.skus as string[] | undefined) ?? [];
		return [...new Set(skus)].map((sku) => {
			const record = records.find((r) => r.sku === sku);
			return record ? { found: true, ...record } : { sku, found: false };
		});
	},
};
