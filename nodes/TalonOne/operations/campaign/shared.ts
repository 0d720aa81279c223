import type { Choice } from '../../fields/types';

/** The states a marketer switches a campaign to (Talon.One's `state`). */
export const campaignStates: readonly Choice[] = [
	{ name: 'Enabled', value: 'enabled', description: 'Running (within its start and end dates)' },
	{ name: 'Disabled', value: 'disabled', description: 'Stopped: gives no discounts, coupons or points until enabled again' },
	{ name: 'Archived', value: 'archived', description: 'Stopped and moved out of the campaign list' },
];
