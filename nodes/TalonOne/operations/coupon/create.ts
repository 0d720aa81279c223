import { codePattern, validCharacters } from '../codeFields';
import { applicationId, campaignId } from '../managementFields';
import { silent } from '../sharedFields';
import type { OperationDefinition } from '../types';
import { couponSettings, managementKeyNote, recipient, reservationSettings, usageLimit } from './shared';

export const createCoupons: OperationDefinition = {
	operationId: 'createCoupons',
	resource: 'coupon',
	operation: 'create',
	displayName: 'Create',
	action: 'Create coupons',
	description: `Creates one or more coupon codes in a campaign, e.g. a personal welcome coupon for one customer. Outputs one item per created coupon. ${managementKeyNote}`,
	method: 'POST',
	path: '/v1/applications/{applicationId}/campaigns/{campaignId}/coupons',
	pathFields: [applicationId, campaignId],
	queryFields: [{ ...silent('the created coupons'), default: false }],
	bodyFields: [
		{
			kind: 'number',
			key: 'numberOfCoupons',
			displayName: 'Number of Coupons',
			description: 'How many codes to create: 1 for a personal coupon, up to 20,000 at once',
			required: true,
			integer: true,
			minimum: 1,
			maximum: 20000,
			default: 1,
		},
		usageLimit(true),
		recipient,
		...couponSettings,
		{
			kind: 'string',
			key: 'uniquePrefix',
			displayName: 'Unique Prefix',
			description: 'Text that starts every code of this batch, e.g. WELCOME-',
		},
		validCharacters('codes'),
		codePattern('couponPattern', 'Coupon Code Pattern', 'WELCOME-####'),
		...reservationSettings,
	],
	auth: ['management'],
	unpagedList: true,
};
