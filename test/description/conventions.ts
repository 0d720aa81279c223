/**
 * The nodes' and the credentials' parameters (the main node's are generated from the operation
 * table, so ESLint's n8n rules, which read object literals, cannot see most of them in the source)
 * and the text conventions n8n's rules check, for the description tests. `listedNodes` and
 * `listedCredentials` are every node and credential package.json lists, loaded from source.
 */
import type {
	ICredentialType,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	INodeTypeDescription,
} from 'n8n-workflow';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TalonOneApi } from '../../credentials/TalonOneApi.credentials';
import { TalonOne } from '../../nodes/TalonOne/TalonOne.node';
import { REPO_ROOT } from '../../tools/repoRoot';

export const description: INodeTypeDescription = new TalonOne().description;
export const credential: ICredentialType = new TalonOneApi();

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { n8n: { nodes: string[]; credentials: string[] } };

/** `dist/nodes/X/X.node.js` → the class exported by `nodes/X/X.node.ts`, instantiated. */
function loadListed<T>(compiled: string): { source: string; instance: T } {
	const source = compiled.replace(/^dist\//, '').replace(/\.js$/, '.ts');
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const exported = require(join(REPO_ROOT, source)) as Record<string, new () => T>;
	const [Type] = Object.values(exported);
	return { source, instance: new Type() };
}

export interface ListedNode {
	/** E.g. nodes/TalonOne/TalonOne.node.ts. */
	source: string;
	className: string;
	description: INodeTypeDescription;
	isTrigger: boolean;
	/** The webhook lifecycle methods by webhook name (trigger nodes). */
	webhookMethods: Record<string, string[]>;
}

export const listedNodes: ListedNode[] = pkg.n8n.nodes.map((compiled) => {
	const { source, instance } = loadListed<{ description: INodeTypeDescription; webhookMethods?: Record<string, object>; constructor: { name: string } }>(compiled);
	return {
		source,
		className: instance.constructor.name,
		description: instance.description,
		isTrigger: instance.description.group.includes('trigger'),
		webhookMethods: Object.fromEntries(Object.entries(instance.webhookMethods ?? {}).map(([name, methods]) => [name, Object.keys(methods)])),
	};
});

export const listedCredentials: Array<{ source: string; credential: ICredentialType }> = pkg.n8n.credentials.map((compiled) => {
	const { source, instance } = loadListed<ICredentialType>(compiled);
	return { source, credential: instance };
});

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

export const paramsOf = (properties: readonly INodeProperties[]) => allParameters(properties);
export const choiceParamsOf = (visited: Visited[]) => visited.filter(({ param }) => param.type === 'options' || param.type === 'multiOptions');
export const params = allParameters(description.properties);
export const credentialParams = allParameters(credential.properties);
export const choiceParams = choiceParamsOf(params);
/** A choice parameter's fixed options (none where they load from a list: `typeOptions.loadOptionsMethod`). */
export const choices = (param: INodeProperties) => (param.options ?? []) as INodePropertyOptions[];

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
