import type { FieldGroup, MultiOptionsField } from '../../fields/types';

export const filtersGroup: FieldGroup = {
	name: 'filters',
	displayName: 'Filters',
	placeholder: 'Add Filter',
	description: 'Only return the achievements that match',
};

/** A filter of several statuses (sent comma-separated, as Talon.One reads them), offered in Filters; `choices` maps each name to Talon.One's value. */
export function statusFilter(key: string, displayName: string, description: string, choices: Record<string, string>): MultiOptionsField {
	return {
		kind: 'multiOptions',
		key,
		displayName,
		description,
		options: Object.entries(choices).map(([name, value]) => ({ name, value })),
		commaSeparated: true,
		group: filtersGroup,
	};
}
