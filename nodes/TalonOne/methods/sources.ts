import type { IDataObject, INodeListSearchItems } from 'n8n-workflow';
import type { AttributeEntity } from '../fields/types';
import type { AuthScheme } from '../transport/types';

/** Thrown when a list cannot be asked for yet (e.g. the Application is not chosen); the message says what to do. */
export class ListNotReady extends Error {}

/** What a list needs from the node: another parameter's chosen value, whether a Management key is set. */
export interface ListScope {
	parameter(name: string): unknown;
	hasManagementKey: boolean;
}

/** One list request: a GET with `pageSize` and `skip` (or the whole list at once when `pageSize` is absent). */
export interface ListRequest {
	path: string;
	template: string;
	query?: Record<string, string>;
	auth: readonly AuthScheme[];
	pageSize?: number;
	/** Talon.One filters by the search text itself (otherwise the node keeps the entries whose name contains it). */
	filtered?: boolean;
	/**
	 * Each record of this list holds a list of its own, whose records are the entries (e.g. every
	 * Application's campaigns); `filtered` then speaks of those.
	 */
	within?: (parent: IDataObject) => ListRequest;
}

/** Where a dropdown's entries come from and how one record becomes an entry. */
export interface ListSource {
	/** Plural, for messages: "applications". */
	what: string;
	request(scope: ListScope, filter: string | undefined): ListRequest;
	/** `parent`: the record whose list holds this one, for lists `within` another. */
	entry(record: IDataObject, parent?: IDataObject): INodeListSearchItems;
}

const management = ['management'] as const;
const MAX_PAGE = 1000;

function text(value: unknown): string {
	return typeof value === 'string' ? value : String(value ?? '');
}

/** "Summer sale (ID 12)": the name a marketer knows and the ID the request will carry. */
function named(record: IDataObject, description?: string): INodeListSearchItems {
	return { name: `${text(record.name)} (ID ${text(record.id)})`, value: text(record.id), ...(description ? { description } : {}) };
}

/** The chosen Application's ID, for lists inside an Application. */
function applicationOf(scope: ListScope): string {
	const value = scope.parameter('applicationId');
	const id = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (!/^[0-9]+$/.test(id)) {
		throw new ListNotReady('choose the Application first (a value from an expression is only known when the workflow runs)');
	}
	return id;
}

const applicationList: ListRequest = { path: '/v1/applications', template: '/v1/applications', auth: management, pageSize: MAX_PAGE };

export const applications: ListSource = {
	what: 'Applications',
	request: () => applicationList,
	entry: (record) => named(record, [record.currency, record.timezone].filter(Boolean).join(', ')),
};

/** The campaigns running now in the Integration API key's Application. */
const runningCampaigns: ListRequest = { path: '/v1/integration/campaigns', template: '/v1/integration/campaigns', auth: ['apiKey'], pageSize: MAX_PAGE };

/** One Application's campaigns in any state, searched by Talon.One's name filter. */
function campaignsOf(applicationId: string, filter: string | undefined): ListRequest {
	const template = '/v1/applications/{applicationId}/campaigns';
	const path = template.replace('{applicationId}', applicationId);
	return { path, template, auth: management, pageSize: MAX_PAGE, query: filter ? { name: filter } : undefined, filtered: true };
}

/**
 * The Application's campaigns with a Management key (any state, searched by name), otherwise the
 * running campaigns the Integration API key's Application offers.
 */
export const campaigns: ListSource = {
	what: 'campaigns',
	request: (scope, filter) => (scope.hasManagementKey ? campaignsOf(applicationOf(scope), filter) : runningCampaigns),
	entry: (record) => named(record, text(record.state)),
};

/**
 * For operations without an Application field (e.g. Referral → Create, Campaigns to Evaluate): with
 * a Management key the campaigns of every Application (any state, searched by name, the Application
 * named beside each), otherwise the campaigns running now in the Integration API key's Application.
 */
export const reachableCampaigns: ListSource = {
	what: 'campaigns',
	request: (scope, filter) =>
		scope.hasManagementKey ? { ...applicationList, filtered: true, within: (application) => campaignsOf(text(application.id), filter) } : runningCampaigns,
	entry: (record, application) => named(record, [text(record.state), application ? `in ${text(application.name)}` : ''].filter(Boolean).join(', ')),
};

export const loyaltyPrograms: ListSource = {
	what: 'loyalty programs',
	request: () => ({ path: '/v1/loyalty_programs', template: '/v1/loyalty_programs', auth: management }),
	entry: (record) => ({ name: `${text(record.title || record.name)} (ID ${text(record.id)})`, value: text(record.id), description: text(record.description) }),
};

export const audiences: ListSource = {
	what: 'audiences',
	request: () => ({ path: '/v1/audiences', template: '/v1/audiences', auth: management, pageSize: MAX_PAGE }),
	entry: (record) => named(record, record.integration ? `from ${text(record.integration)}` : undefined),
};

export const eventTypes: ListSource = {
	what: 'event types',
	request: () => ({ path: '/v1/event_types', template: '/v1/event_types', auth: management, pageSize: MAX_PAGE }),
	entry: (record) => ({ name: text(record.title || record.name), value: text(record.name), description: text(record.name) }),
};

/** Talon.One's attribute types in the words of the node's Type choice. */
const attributeTypeNames: Record<string, string> = {
	string: 'Text',
	number: 'Number',
	boolean: 'True/False',
	time: 'Date',
	location: 'Location',
	'(list string)': 'List of Text',
	'(list number)': 'List of Numbers',
	'(list time)': 'List of Dates',
	'(list location)': 'List of Locations',
};

/** The account's custom attributes of one entity, with their types ("loyaltyTier (Text)"). */
export function attributes(entity?: AttributeEntity): ListSource {
	return {
		what: `${entity ? `${entity} ` : ''}attributes`,
		request: (_scope, filter) => ({
			path: '/v1/attributes',
			template: '/v1/attributes',
			auth: management,
			pageSize: MAX_PAGE,
			query: { kind: 'custom', ...(entity ? { entity } : {}), ...(filter ? { search: filter } : {}) },
			filtered: true,
		}),
		entry: (record) => ({
			name: `${text(record.name)} (${attributeTypeNames[text(record.type)] ?? text(record.type)})`,
			value: text(record.name),
			description: text(record.title || record.description),
		}),
	};
}
