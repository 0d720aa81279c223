import type { IDataObject } from 'n8n-workflow';
import type { InputError } from './inputError';
import { listParameter, readInputList } from './inputList';
import { readValue, type ReadScope } from './read';
import type { Field } from './types';

type Location = InputError['location'];

/** The collection that holds the optional body fields. */
export const ADDITIONAL_FIELDS = 'additionalFields';

/**
 * Where a field sits among the node's parameters (fields mode): at the top, under Additional
 * Fields, in its group's collection, or as a repeatable group with its own source selector.
 */
export type Place = 'top' | 'additionalFields' | 'group' | 'objectList';

export function placeOf(field: Field, location: Location): Place {
	if (field.group) return 'group';
	if (field.kind === 'objectList') return 'objectList';
	return field.required || field.usedFor?.required || location !== 'body' ? 'top' : 'additionalFields';
}

/** The collection that shows a field in fields mode (its group's, or Additional Fields); none for a field at the top or a repeatable group. */
export function collectionOf(field: Field, location: Location): { name: string; displayName: string } | undefined {
	switch (placeOf(field, location)) {
		case 'group':
			return { name: field.group!.name, displayName: field.group!.displayName };
		case 'additionalFields':
			return { name: ADDITIONAL_FIELDS, displayName: 'Additional Fields' };
		default:
			return undefined;
	}
}

/** One field's value read from where `placeOf` puts it; `get` reads a top-level parameter of the item. */
export function readFromParameters(field: Field, get: (name: string) => unknown, scope: ReadScope, path: ReadonlyArray<string | number>): unknown {
	const inCollection = (name: string) => (get(name) as IDataObject | undefined)?.[field.key];
	switch (placeOf(field, scope.location)) {
		case 'group':
			return readValue(field, inCollection(field.group!.name), scope, path);
		case 'additionalFields':
			return readValue(field, inCollection(ADDITIONAL_FIELDS), scope, path);
		case 'objectList':
			if (field.kind === 'objectList' && get(listParameter.source(field)) === 'list') return readInputList(field, get, scope, path);
			return readValue(field, get(field.key), scope, path);
		case 'top':
			return readValue(field, get(field.key), scope, path);
	}
}
