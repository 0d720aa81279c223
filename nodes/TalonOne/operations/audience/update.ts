import type { OperationDefinition } from '../types';
import { audienceId } from '../sharedFields';
import { audienceName, managedAudienceHelp } from './shared';

export const updateAudience: OperationDefinition = {
	operationId: 'updateAudienceV2',
	resource: 'audience',
	operation: 'update',
	displayName: 'Rename',
	action: 'Rename an audience',
	description: `Changes the name of an audience. ${managedAudienceHelp}`,
	method: 'PUT',
	path: '/v2/audiences/{audienceId}',
	pathFields: [audienceId],
	bodyFields: [{ ...audienceName, description: 'The new name of the audience' }],
	auth: ['apiKey'],
};
