/**
 * The field language: each operation declares its path, query and body fields once with these
 * types. The n8n parameters, the body reader, the zod schema and the validation messages are all
 * derived from the same declarations.
 */
export interface Choice {
	name: string;
	value: string;
	description?: string;
	/**
	 * Sentence-case summary. n8n's lint treats a parameter named `action` like an operation
	 * selector, so each of its options needs one (e.g. "Add a customer to an audience").
	 */
	action?: string;
}

/** Fields shown together in one collection, whichever part of the request (query or body) they go to. */
export interface FieldGroup {
	/** The n8n parameter name of the collection. */
	name: string;
	displayName: string;
	description: string;
	placeholder: string;
}

interface FieldBase {
	/** Talon.One's property name; also the n8n parameter name. */
	key: string;
	displayName: string;
	description: string;
	required?: boolean;
	placeholder?: string;
	/** Dotted path of the object that holds this property in the request body, e.g. `customerSession`. */
	parent?: string;
	/** Sent empty (`[]` or `{}`) when not set, because the API requires the property. */
	defaultEmpty?: boolean;
	/** Shown in this group's collection instead of at the top or under Additional Fields. */
	group?: FieldGroup;
	/** Key of a true/false field of the same operation that must be on whenever this field is set. */
	onlyWith?: string;
	/**
	 * Only for these values of a choice field of the same request body (e.g. the catalog action):
	 * set with another value it is refused; with `required`, it must be set for them (shown at the top).
	 */
	usedFor?: { key: string; values: readonly string[]; required?: boolean };
}

export interface StringField extends FieldBase {
	kind: 'string';
	minLength?: number;
	maxLength?: number;
	/** `card-identifier`: Talon.One's loyalty card codes, letters, digits and . _ % + @ - only. */
	format?: 'date-time' | 'card-identifier';
}

export interface NumberField extends FieldBase {
	kind: 'number';
	integer?: boolean;
	minimum?: number;
	maximum?: number;
	default?: number;
}

export interface BooleanField extends FieldBase {
	kind: 'boolean';
	default?: boolean;
	/** How the value is written in a query string. */
	serialize?: 'trueFalse' | 'yesNo';
}

export interface OptionsField extends FieldBase {
	kind: 'options';
	options: readonly Choice[];
	default?: string;
}

/**
 * How a list in a query is written. OpenAPI's default (form, explode) repeats the parameter for each
 * value, `?id=a&id=b`; `commaSeparated` (the spec's `explode: false`) sends it once, `?id=a,b`.
 */
interface QueryList {
	commaSeparated?: boolean;
}

export interface MultiOptionsField extends FieldBase, QueryList {
	kind: 'multiOptions';
	options: readonly Choice[];
}

/** A list of strings or whole numbers: comma-separated text, or an expression that returns a list. */
export interface ListField extends FieldBase, QueryList {
	kind: 'list';
	itemType: 'string' | 'integer';
	minItems?: number;
	maxItems?: number;
	itemMaxLength?: number;
	itemFormat?: 'uuid';
	/**
	 * The node's multi-select list (`OPTION_LISTS` in `methods/listNames.ts`) that offers the values:
	 * names shown, IDs sent. An expression that gives the IDs, and text saved before, keep working.
	 */
	pickFrom?: string;
}

/**
 * An ID or name picked from a searchable list (From List) or typed (By ID / By Name): n8n's resource
 * locator. The value is read the same from the picker and from an expression that gives the ID.
 */
export interface LocatorField extends FieldBase {
	kind: 'locator';
	/** The node's list method (`methods/lists.ts`) that offers the values. */
	list: string;
	/** Talon.One's IDs are whole numbers (at least `minimum`, default 1); event types and attributes are named. */
	valueType: 'integer' | 'string';
	minimum?: number;
	maxLength?: number;
}

/**
 * Custom attributes: name, type and value rows that become one JSON object. `entity` is where
 * Talon.One defines them (e.g. CustomerProfile): the Name offers that entity's attributes.
 */
export interface AttributesField extends FieldBase {
	kind: 'attributes';
	entity?: AttributeEntity;
}

export type AttributeEntity = 'CustomerProfile' | 'CustomerSession' | 'CartItem' | 'Event' | 'Coupon' | 'Referral' | 'LoyaltyCard' | 'Campaign' | 'Application';

/** Additional costs: name and price rows that become `{ name: { price } }`. */
export interface CostsField extends FieldBase {
	kind: 'costs';
}

/**
 * A repeatable group such as cart items: typed as rows in the node, or taken from a list in the input
 * with each entry's properties mapped to the sub-fields.
 */
export interface ObjectListField extends FieldBase {
	kind: 'objectList';
	/** Singular, lower case, used in messages: "cart item 2". */
	itemLabel: string;
	fields: readonly Field[];
	maxItems?: number;
	/**
	 * Name of the row's group of optional sub-fields when a row has five fields or more. n8n lists
	 * such a row alphabetically, so the name must sort after the required sub-fields' names.
	 */
	optionalGroupName?: string;
}

export type Field =
	| StringField
	| NumberField
	| BooleanField
	| OptionsField
	| MultiOptionsField
	| ListField
	| LocatorField
	| AttributesField
	| CostsField
	| ObjectListField;
