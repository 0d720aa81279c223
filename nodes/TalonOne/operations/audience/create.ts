import type { OperationDefinition } from '../types';
import { audienceName } from './shared';

export const createAudience: OperationDefinition = {
	operationId: 'createAudienceV2',
	resource: 'audience',
	operation: 'create',
	displayName: 'Create',
	action: 'Create an audience',
	description: 'Creates an audience, optionally linked to the same audience in a platform integration such as mParticle',
	method: 'POST',
	path: '/v2/audiences',
	bodyFields: [
		audienceName,
		{
			kind: 'string',
			key: 'integration',
			displayName: 'Integration',
			description: 'The platform integration that owns the audience, e.g. mparticle. Leave empty for your own audiences.',
		},
		{
			kind: 'string',
			key: 'integrationId',
			displayName: 'Integration Audience ID',
			description: "The audience's ID in that platform integration",
			minLength: 1,
			maxLength: 1000,
		},
	],
	auth: ['apiKey'],
};
