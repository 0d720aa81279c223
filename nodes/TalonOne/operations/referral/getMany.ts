import { codeListFilters, filtersGroup } from '../listFilters';
import { applicationId, campaignId, needsManagementKey } from '../managementFields';
import type { OperationDefinition } from '../types';

const filters = filtersGroup('referral codes');
const shared = codeListFilters(filters, 'Referral codes');

export const getReferrals: OperationDefinition = {
	operationId: 'getReferralsWithoutTotalCount',
	resource: 'referral',
	operation: 'getMany',
	displayName: 'Get Many',
	action: 'Get many referral codes',
	description:
		`Lists a referral campaign's codes, optionally filtered by code, advocate, validity, use and creation date. Outputs one item per code. ${needsManagementKey('referrals')}`,
	method: 'GET',
	path: '/v1/applications/{applicationId}/campaigns/{campaignId}/referrals/no_total',
	pathFields: [applicationId, campaignId],
	queryFields: [
		{ kind: 'string', key: 'code', displayName: 'Code', description: 'Codes that contain this text (upper and lower case, dashes and spaces are ignored)', group: filters },
		{ kind: 'string', key: 'advocate', displayName: 'Advocate Profile ID', description: 'Codes of this advocate (your ID for the customer, their Customer Profile ID)', group: filters },
		shared.valid,
		shared.usable,
		shared.createdAfter,
		shared.createdBefore,
		shared.sort,
	],
	auth: ['management'],
	paginate: { maxPageSize: 1000 },
};
