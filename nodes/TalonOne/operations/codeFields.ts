import type { ListField, StringField } from '../fields/types';

/** How Talon.One generates codes (coupons, referral codes): the characters and the pattern. */
export function validCharacters(what: string): ListField {
	return {
		kind: 'list',
		key: 'validCharacters',
		displayName: 'Valid Characters',
		description: `Characters the generated ${what} may use, e.g. A,B,C,1,2,3. Leave empty for letters and digits.`,
		itemType: 'string',
	};
}

export function codePattern(key: string, displayName: string, example: string): StringField {
	return {
		kind: 'string',
		key,
		displayName,
		description: `Pattern for the generated codes, where # stands for a random character, e.g. ${example}`,
		minLength: 3,
		maxLength: 100,
	};
}
