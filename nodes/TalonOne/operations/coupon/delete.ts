import { applicationId, campaignId } from '../managementFields';
import type { OperationDefinition } from '../types';
import { couponId, managementKeyNote } from './shared';

export const deleteCoupon: OperationDefinition = {
	operationId: 'deleteCoupon',
	resource: 'coupon',
	operation: 'delete',
	displayName: 'Delete',
	action: 'Delete a coupon',
	description: `Deletes a coupon so that nobody can use it any more. ${managementKeyNote}`,
	method: 'DELETE',
	path: '/v1/applications/{applicationId}/campaigns/{campaignId}/coupons/{couponId}',
	pathFields: [applicationId, campaignId, couponId],
	auth: ['management'],
};
