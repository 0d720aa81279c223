import { applicationId, campaignId } from '../managementFields';
import { attributes } from '../sharedFields';
import type { OperationDefinition } from '../types';
import { couponFilters, managementKeyNote } from './shared';

export const searchCoupons: OperationDefinition = {
	operationId: 'searchCouponsAdvancedWithoutTotalCount',
	resource: 'coupon',
	operation: 'search',
	displayName: 'Search by Attributes',
	action: 'Search coupons by their attributes',
	description: `Lists a campaign's coupons whose custom attributes have all the given values (they may have more). Outputs one item per coupon. ${managementKeyNote}`,
	method: 'POST',
	path: '/v1/applications/{applicationId}/campaigns/{campaignId}/coupons_search_advanced/no_total',
	pathFields: [applicationId, campaignId],
	queryFields: couponFilters(),
	bodyFields: [{ ...attributes('The attribute values every coupon found must have', 'Coupon'), required: true }],
	bodyRoot: 'attributes',
	auth: ['management'],
	idempotent: true,
	paginate: { maxPageSize: 1000 },
};
