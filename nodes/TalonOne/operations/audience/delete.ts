import type { OperationDefinition } from '../types';
import { audienceId } from '../sharedFields';
import { managedAudienceHelp } from './shared';

export const deleteAudience: OperationDefinition = {
	operationId: 'deleteAudienceV2',
	resource: 'audience',
	operation: 'delete',
	displayName: 'Delete',
	action: 'Delete an audience',
	description: `Deletes an audience and all its memberships. ${managedAudienceHelp}`,
	method: 'DELETE',
	path: '/v2/audiences/{audienceId}',
	pathFields: [audienceId],
	auth: ['apiKey', 'management'],
};
