/**
 * The node's and the credential's parameters (generated from the operation table, so ESLint's n8n
 * rules, which read object literals, cannot see most of them in the source) and the text
 * conventions n8n's rules check, for the description tests.
 */
import type {
	ICredentialType,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	INodeTypeDescription,
} from 'n8n-workflow';
import { TalonOneApi } from '../../credentials/TalonOneApi.credentials';
import { TalonOne } from '../../nodes/TalonOne/TalonOne.node';

export const description: INodeTypeDescription = new TalonOne().description;
export const credential: ICredentialType = new TalonOneApi();

/** n8n's lint asks for alphabetical order from this many items on (MIN_ITEMS_TO_ALPHABETIZE). */
export const MIN_ITEMS_TO_ALPHABETIZE = 5;

export interface Visited {
	path: string;
	param: INodeProperties;
}

/** Every parameter, including those inside collections and fixed-collection rows. */
function allParameters(props: readonly INodeProperties[], prefix = ''): Visited[] {
	const out: Visited[] = [];
	for (const param of props) {
		const path = `${prefix}${param.name}`;
		out.push({ path, param });
		if (param.type === 'collection') {
			out.push(...allParameters(param.options as INodeProperties[], `${path}.`));
		}
		if (param.type === 'fixedCollection') {
			for (const section of param.options as INodePropertyCollection[]) {
				out.push(...allParameters(section.values, `${path}.${section.name}.`));
			}
		}
	}
	return out;
}

export const params = allParameters(description.properties);
export const credentialParams = allParameters(credential.properties);
export const choiceParams = params.filter(({ param }) => param.type === 'options' || param.type === 'multiOptions');
export const choices = (param: INodeProperties) => param.options as INodePropertyOptions[];

/** Every description text of parameters and options, with where it comes from. */
export function descriptions(visited: Visited[]): Array<{ where: string; text: string; displayName: string }> {
	const out: Array<{ where: string; text: string; displayName: string }> = [];
	for (const { path, param } of visited) {
		if (param.description) out.push({ where: path, text: param.description, displayName: param.displayName });
		if (param.type === 'options' || param.type === 'multiOptions') {
			for (const option of choices(param)) {
				if (option.description) out.push({ where: `${path}=${option.value}`, text: option.description, displayName: option.name });
			}
		}
	}
	return out;
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'per', 'the', 'to', 'via', 'vs', 'with']);

/** Title Case as n8n uses it: every word capitalised except short joining words inside the name. */
export function isTitleCase(text: string): boolean {
	const words = text.split(' ');
	return words.every((word, i) => {
		const letters = word.replace(/^[("']+/, '');
		if (i > 0 && i < words.length - 1 && SMALL_WORDS.has(letters)) return true;
		return !/^[a-z]/.test(letters);
	});
}

/** Sentence case as n8n's action rule checks it: only the first word capitalised (acronyms aside), no punctuation. */
export function isSentenceCase(text: string): boolean {
	const words = text.split(' ');
	return (
		/^[A-Z][a-z]*$/.test(words[0]) &&
		words.slice(1).every((word) => /^[a-z0-9]+$/.test(word) || word === word.toUpperCase()) &&
		!/[^A-Za-z0-9 ]/.test(words.filter((word) => word !== word.toUpperCase()).join(' '))
	);
}

export const sentences = (text: string) => text.replace('e.g.', '').split('. ').length;
