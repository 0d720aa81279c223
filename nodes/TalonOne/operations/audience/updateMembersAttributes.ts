import type { OperationDefinition } from '../types';
import { attributes, audienceId } from '../sharedFields';
import { managedAudienceHelp } from './shared';

export const updateAudienceMembersAttributes: OperationDefinition = {
	operationId: 'updateAudienceCustomersAttributes',
	resource: 'audience',
	operation: 'updateMembersAttributes',
	displayName: "Update Members' Attributes",
	action: 'Update the attributes of all members of an audience',
	description: `Sets the same profile attributes on every customer in the audience. ${managedAudienceHelp}`,
	method: 'PUT',
	path: '/v2/audience_customers/{audienceId}/attributes',
	pathFields: [audienceId],
	bodyFields: [{ ...attributes('Profile attributes to set on every member', 'CustomerProfile'), required: true }],
	bodyRoot: 'attributes',
	auth: ['apiKey'],
};
