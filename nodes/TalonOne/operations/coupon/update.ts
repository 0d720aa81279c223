import { applicationId, campaignId } from '../managementFields';
import type { OperationDefinition } from '../types';
import { couponId, couponSettings, managementKeyNote, recipient, reservationSettings, usageLimit } from './shared';

export const updateCoupon: OperationDefinition = {
	operationId: 'updateCoupon',
	resource: 'coupon',
	operation: 'update',
	displayName: 'Update',
	action: 'Update a coupon',
	description:
		`Changes a coupon's limits, dates, recipient or attributes. Talon.One clears the Start Date, Expiry Date and Recipient when they are not given, so set all three to keep them. ${managementKeyNote}`,
	method: 'PUT',
	path: '/v1/applications/{applicationId}/campaigns/{campaignId}/coupons/{couponId}',
	pathFields: [applicationId, campaignId, couponId],
	bodyFields: [
		usageLimit(false),
		recipient,
		...couponSettings,
		...reservationSettings,
	],
	auth: ['management'],
};
