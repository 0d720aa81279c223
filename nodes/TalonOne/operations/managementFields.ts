import type { PathField } from './types';

/** Path IDs of the Management API operations: Application and campaign are picked from lists (sharedFields). */
export { applicationId, campaignId } from './sharedFields';

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
