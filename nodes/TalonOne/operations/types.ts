import type { IDataObject } from 'n8n-workflow';
import type { BooleanField, Field, ListField, LocatorField, MultiOptionsField, NumberField, OptionsField, StringField } from '../fields/types';
import type { Unaccounted } from './batchAnswers';

import type { AuthScheme, HttpMethod } from '../transport/types';

export type { AuthScheme, HttpMethod };

export type PathField = (StringField | NumberField | LocatorField) & { required: true };
/** Lists (and multi-selects) in a query repeat the parameter per value, or are comma-separated where the field says so. */
export type QueryField = BooleanField | StringField | NumberField | OptionsField | ListField | MultiOptionsField;

/**
 * How items are combined into one request for the bulk endpoints.
 * - `wrap`: each item is one entry of the array at `key` (`{ customerProfiles: [...] }`).
 * - `merge`: items whose other settings are equal are merged by concatenating the list at `key`.
 */
export interface BatchSpec {
	mode: 'wrap' | 'merge';
	key: string;
	maxEntries: number;
	/**
	 * Maps the API's answer for one batch back to one output per input item, in batch order; an
	 * item the answer does not account for gets `Unaccounted`.
	 */
	splitResponse: (response: unknown, units: IDataObject[]) => Array<IDataObject | Unaccounted>;
	/** Body property whose value must be the same for every entry of one request (one catalog action type per sync). */
	sameIn?: string;
	/** Dotted body path of a value no two entries of one request may share (a SKU once per sync). */
	uniqueIn?: string;
}

/**
 * Reads that Talon.One answers page by page (`pageSize` and `skip` in, `data` with `hasMore` or
 * `totalResultSize` out). The node shows Return All / Limit instead and outputs one item per record.
 */
export interface PaginationSpec {
	/** The largest `pageSize` Talon.One accepts for this endpoint. */
	maxPageSize: number;
}

/** What the node sent for one item, for shaping the answer to it. */
export interface SentRequest {
	/** Path values, e.g. `{ customerSessionId: 'order-1' }`. */
	identity: IDataObject;
	body?: IDataObject;
}

export interface OperationDefinition {
	/** Talon.One's operationId in the OpenAPI documents. */
	operationId: string;
	resource: string;
	operation: string;
	/** Title Case name shown in the operation list. */
	displayName: string;
	/** Sentence shown as the action in n8n's node panel and tool descriptions. */
	action: string;
	description: string;
	method: HttpMethod;
	/** Path template with `{name}` placeholders, one per path field. */
	path: string;
	pathFields?: readonly PathField[];
	queryFields?: readonly QueryField[];
	/** Body fields; absent for operations without a request body. */
	bodyFields?: readonly Field[];
	/** Parents that must exist in the body even when none of their fields is set. */
	requiredBodyObjects?: readonly string[];
	/** The body is this field's value itself (a free-form object), not an object holding it. */
	bodyRoot?: string;
	auth: readonly AuthScheme[];
	/**
	 * Sending the request twice changes no more than sending it once, so it may be repeated when the
	 * first attempt's fate is unknown or Talon.One was busy with the same session or profile (409).
	 * Default: every method but POST; a POST sets it when Talon.One keeps it unique (v3 events carry
	 * their own `integrationId`).
	 */
	idempotent?: boolean;
	/** Talon.One answers with a list (not an object): the node outputs one item per entry. */
	answerIsList?: boolean;
	/**
	 * The output items made from a list answer or the records of a paged read, e.g. one per SKU asked for,
	 * found or not, or one object per name when Talon.One lists plain names; default: one per entry.
	 */
	listOutputs?: (records: IDataObject[], sent: SentRequest) => IDataObject[];
	/** Deprecated by Talon.One; shown as "(Legacy V1)". */
	legacy?: boolean;
	batch?: BatchSpec;
	paginate?: PaginationSpec;
	/** A list Talon.One answers whole (`{ data }`, no paging): one output item per record, as for paged reads. */
	unpagedList?: boolean;
	/**
	 * Turns Talon.One's answer into the flat summary the node outputs while Simplify is on (the
	 * default); with Simplify off the answer is output unchanged. Operations with it get the toggle.
	 */
	simplify?: (answer: IDataObject, sent: SentRequest) => IDataObject;
	/** What the Simplify toggle's summary holds, when it is not an integration state's (discounts, coupons, points). */
	simplifyDescription?: string;
	/**
	 * For updates that replace the whole object (Talon.One's campaign update): these properties are
	 * read first (GET on the same path) and sent as they are, unless the item sets them. An item that
	 * sets nothing would change nothing: it is refused before anything is sent, naming what to set.
	 */
	keepCurrent?: readonly string[];
	/**
	 * Body property naming the entity a request changes, for operations without path fields
	 * (requests for one entity are sent one after another, in input order).
	 */
	entityField?: string;
}

/** A resource's `resource.ts` beside its operation files. */
export interface ResourceDefinition {
	value: string;
	displayName: string;
	description: string;
	/** Where the resource stands in the table; the first is the node's default. */
	position: number;
	/** The operation selected when a user picks this resource. */
	defaultOperation: string;
}
