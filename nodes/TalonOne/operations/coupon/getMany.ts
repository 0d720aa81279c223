import { applicationId, campaignId } from '../managementFields';
import type { OperationDefinition } from '../types';
import { couponFilters, managementKeyNote, moreCouponFilters } from './shared';

export const getCoupons: OperationDefinition = {
	operationId: 'getCouponsWithoutTotalCount',
	resource: 'coupon',
	operation: 'getMany',
	displayName: 'Get Many',
	action: 'Get many coupons',
	description: `Lists a campaign's coupons, optionally filtered by code, recipient, validity, use and dates. Outputs one item per coupon. ${managementKeyNote}`,
	method: 'GET',
	path: '/v1/applications/{applicationId}/campaigns/{campaignId}/coupons/no_total',
	pathFields: [applicationId, campaignId],
	queryFields: couponFilters(moreCouponFilters),
	auth: ['management'],
	paginate: { maxPageSize: 1000 },
};
