import { splitCreatedPerId } from '../batchAnswers';
import { codePattern, validCharacters } from '../codeFields';
import { applicationId, campaignId } from '../managementFields';
import { silent } from '../sharedFields';
import type { OperationDefinition } from '../types';
import { couponSettings, managementKeyNote, usageLimit } from './shared';

const recipientIds = 'recipientsIntegrationIds';
const MAX_RECIPIENTS = 1000;

export const createCouponsForMultipleRecipients: OperationDefinition = {
	operationId: 'createCouponsForMultipleRecipients',
	resource: 'coupon',
	operation: 'createForMultipleRecipients',
	displayName: 'Create for Multiple Recipients',
	action: 'Create a personal coupon for each of many customers',
	description:
		`Creates one personal coupon per customer, usable only by them. Items with the same campaign and settings are combined into requests of up to ${MAX_RECIPIENTS} customers. ${managementKeyNote}`,
	method: 'POST',
	path: '/v1/applications/{applicationId}/campaigns/{campaignId}/coupons_with_recipients',
	pathFields: [applicationId, campaignId],
	queryFields: [{ ...silent('the created coupons'), default: false }],
	bodyFields: [
		{
			kind: 'list',
			key: recipientIds,
			displayName: 'Recipient Profile IDs',
			description: `Your IDs for the customers who each get a coupon (their Customer Profile IDs), 1 to ${MAX_RECIPIENTS} per item. Separate several with commas, or use an expression that returns a list.`,
			placeholder: 'e.g. customer-42, customer-43',
			itemType: 'string',
			required: true,
			minItems: 1,
			maxItems: MAX_RECIPIENTS,
		},
		usageLimit(true),
		...couponSettings,
		validCharacters('codes'),
		codePattern('couponPattern', 'Coupon Code Pattern', 'WELCOME-####'),
	],
	auth: ['management'],
	batch: {
		mode: 'merge',
		key: recipientIds,
		maxEntries: MAX_RECIPIENTS,
		splitResponse: splitCreatedPerId({
			listKey: recipientIds,
			idKey: 'recipientIntegrationId',
			outputKey: 'coupons',
			echoKeys: [recipientIds],
			owner: 'recipient',
			entry: 'coupon',
			checkWhere: "the campaign's coupons in Talon.One",
		}),
	},
};
