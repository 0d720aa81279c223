import type { OperationDefinition } from '../types';
import { audienceId } from '../sharedFields';
import { managedAudienceHelp } from './shared';

export const removeAllAudienceMembers: OperationDefinition = {
	operationId: 'deleteAudienceMembershipsV2',
	resource: 'audience',
	operation: 'removeAllMembers',
	displayName: 'Remove All Members',
	action: 'Remove all members from an audience',
	description: `Empties an audience: every customer leaves it, the audience itself stays. ${managedAudienceHelp}`,
	method: 'DELETE',
	path: '/v2/audiences/{audienceId}/memberships',
	pathFields: [audienceId],
	auth: ['apiKey', 'management'],
};
