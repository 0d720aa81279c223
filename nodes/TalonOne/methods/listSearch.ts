import {
	NodeOperationError,
	type IDataObject,
	type ILoadOptionsFunctions,
	type INodeListSearchItems,
	type INodeListSearchResult,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { assertAuthAllowed, isManagementOnly } from '../transport/auth';
import { TalonOneClient, TransportError, type ApiResponse } from '../transport/client';
import { readCredentials } from '../transport/clientFactory';
import { CredentialError } from '../transport/credentials';
import { ATTRIBUTE_ENTITIES, LISTS, OPTION_LISTS, TYPED_MODE_LABEL, attributeList, typedBy } from './listNames';
import * as sources from './sources';
import { ListNotReady, type ListRequest, type ListSource } from './sources';

/** Lists answer while the user waits in the editor: one short attempt, no retries. */
const LIST_TIMEOUT_MS = 20_000;

function problemOf(response: ApiResponse, request: { path: string }): string {
	const details = typeof response.body?.message === 'string' ? ` ("${response.body.message}")` : '';
	const hint =
		response.status === 401 || response.status === 403
			? `check that the key may use GET ${request.path} (Account > Tools > Management API Keys)`
			: 'try again later';
	return `Talon.One answered HTTP ${response.status}${details}: ${hint}`;
}

/** Another parameter's chosen value; `undefined` when the operation has no such parameter. */
function currentParameter(ctx: ILoadOptionsFunctions, name: string): unknown {
	try {
		return ctx.getCurrentNodeParameter(name, { extractValue: true });
	} catch {
		return undefined;
	}
}

function matches(entry: INodeListSearchItems, filter: string | undefined): boolean {
	return !filter || entry.name.toLowerCase().includes(filter.toLowerCase()) || String(entry.value) === filter.trim();
}

/** What the user can do instead when a list cannot load: the field's typed mode, or an expression for a multi-select. */
const typeItInstead = {
	id: `You can still enter the numeric ID (${TYPED_MODE_LABEL.id}).`,
	name: `You can still type the name (${TYPED_MODE_LABEL.name}).`,
	expression: 'You can still switch the field to Expression and give the numeric IDs, e.g. {{ [12, 13] }}.',
} as const;

type Instead = keyof typeof typeItInstead;

/** One page of a list request, or why it cannot be had. */
async function fetchPage(client: TalonOneClient, request: ListRequest, skip: number): Promise<{ data: IDataObject[]; more: boolean }> {
	const query = { ...request.query, ...(request.pageSize ? { pageSize: String(request.pageSize), skip: String(skip) } : {}) };
	const response = await client.send({ method: 'GET', path: request.path, template: request.template, query, auth: request.auth });
	const data = response.body?.data;
	if (response.status < 200 || response.status >= 300 || !Array.isArray(data)) {
		throw new ListNotReady(response.status >= 300 ? problemOf(response, request) : 'the answer was not a list');
	}
	const received = skip + data.length;
	const total = response.body?.totalResultSize;
	const more = request.pageSize !== undefined && data.length > 0 && (response.body?.hasMore === true || (typeof total === 'number' && received < total));
	return { data: data as IDataObject[], more };
}

/** The entries of one page: its records, or for a list `within` another the records of each one's own list (asked one after another). */
async function entriesOf(client: TalonOneClient, source: ListSource, request: ListRequest, records: IDataObject[]): Promise<INodeListSearchItems[]> {
	if (!request.within) return records.map((record) => source.entry(record));
	const entries: INodeListSearchItems[] = [];
	for (const parent of records) {
		const { data } = await fetchPage(client, request.within(parent), 0);
		entries.push(...data.map((record) => source.entry(record, parent)));
	}
	return entries;
}

/** One page of a list; a list that cannot load says why in one line, and the typed mode (or an expression) stays usable. */
async function search(
	ctx: ILoadOptionsFunctions,
	source: ListSource,
	instead: Instead,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const wanted = filter?.trim() || undefined;
	try {
		const credentials = await readCredentials(ctx);
		const request = source.request(
			{
				parameter: (name) => currentParameter(ctx, name),
				hasManagementKey: credentials.managementAuth !== 'none',
			},
			wanted,
		);
		if (isManagementOnly(request.auth) && credentials.managementAuth === 'none') {
			throw new ListNotReady('it needs a Management API key in the credential (Campaign Manager: Account > Tools > Management API Keys)');
		}
		assertAuthAllowed(credentials, request.auth, `The list of ${source.what}`);
		const skip = Number(paginationToken ?? 0) || 0;
		const client = new TalonOneClient(credentials, { timeoutMs: LIST_TIMEOUT_MS });
		const page = await fetchPage(client, request, skip);
		const entries = await entriesOf(client, source, request, page.data);
		return {
			results: request.filtered ? entries : entries.filter((entry) => matches(entry, wanted)),
			...(page.more ? { paginationToken: String(skip + page.data.length) } : {}),
		};
	} catch (error) {
		const known = error instanceof CredentialError || error instanceof TransportError || error instanceof ListNotReady;
		const why = known ? error.message : `unexpected error (${(error as Error).message})`;
		const line = `Cannot load the ${source.what}: ${why.replace(/\s*\n\s*/g, ' ').replace(/\.$/, '')}. ${typeItInstead[instead]}`;
		throw new NodeOperationError(ctx.getNode(), line);
	}
}

type ListSearchMethod = (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult>;

function method(list: string, source: ListSource): [string, ListSearchMethod] {
	return [
		list,
		async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
			return await search(this, source, typedBy(list), filter, paginationToken);
		},
	];
}

/** The node's `methods.listSearch`: each searchable list by its name in the field declarations. */
export const listSearch: Record<string, ListSearchMethod> = Object.fromEntries([
	method(LISTS.applications, sources.applications),
	method(LISTS.campaigns, sources.campaigns),
	method(LISTS.reachableCampaigns, sources.reachableCampaigns),
	method(LISTS.loyaltyPrograms, sources.loyaltyPrograms),
	method(LISTS.audiences, sources.audiences),
	method(LISTS.eventTypes, sources.eventTypes),
	method(attributeList(), sources.attributes()),
	...ATTRIBUTE_ENTITIES.map((entity) => method(attributeList(entity), sources.attributes(entity))),
]);

type LoadOptionsMethod = (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>;

/** A multi-select's entries: every page of the list, names shown and IDs sent. */
function options(list: string, source: ListSource): [string, LoadOptionsMethod] {
	return [
		list,
		async function (this: ILoadOptionsFunctions) {
			const all: INodePropertyOptions[] = [];
			let token: string | undefined;
			do {
				const page = await search(this, source, 'expression', undefined, token);
				all.push(...page.results.map(({ name, value, description }) => ({ name, value, ...(description ? { description } : {}) })));
				token = page.paginationToken;
			} while (token);
			return all;
		},
	];
}

/** The node's `methods.loadOptions`: each multi-select's list by its name in the field declarations. */
export const loadOptions: Record<string, LoadOptionsMethod> = Object.fromEntries([
	options(OPTION_LISTS.audiences, sources.audiences),
	options(OPTION_LISTS.reachableCampaigns, sources.reachableCampaigns),
]);
