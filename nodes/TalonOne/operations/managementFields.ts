import type { PathField } from './types';

/** Path IDs of the Management API operations. */
export const applicationId: PathField = {
	kind: 'number',
	key: 'applicationId',
	displayName: 'Application ID',
	description: 'The numeric ID of the Application (your shop or site in Talon.One), shown in the Campaign Manager\'s address after /applications/',
	required: true,
	integer: true,
	minimum: 1,
};

export const campaignId: PathField = {
	kind: 'number',
	key: 'campaignId',
	displayName: 'Campaign ID',
	description: "The numeric ID of the campaign, shown in the campaign's address in the Campaign Manager after /campaigns/",
	required: true,
	integer: true,
	minimum: 1,
};

/** The sentence every Management API operation's description ends with. */
export const needsManagementKey = (what: string): string => `Needs a Management API key with access to ${what} in the credential.`;

export const customerId: PathField = {
	kind: 'number',
	key: 'customerId',
	displayName: 'Talon.One Customer ID',
	description:
		"Talon.One's own numeric ID of the customer (the ID field of a profile, not your customer ID). The Search operation finds it from your ID.",
	required: true,
	integer: true,
	minimum: 1,
};
