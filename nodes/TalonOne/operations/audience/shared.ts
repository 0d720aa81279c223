import type { StringField } from '../../fields/types';

export const audienceName: StringField = {
	kind: 'string',
	key: 'name',
	displayName: 'Name',
	description: 'The name of the audience, as marketers will see it in Talon.One',
	required: true,
	minLength: 1,
};

export const managedAudienceHelp =
	'If the audience belongs to a platform integration such as mParticle, use that integration\'s API key.';
