/**
 * Property-based check of every operation in the table, in JSON input mode: inputs generated from
 * the operation's field declarations (the same declarations the zod schemas come from) are
 * accepted and produce requests that the fake Talon.One's OpenAPI validation accepts; the same
 * inputs with one value broken are rejected before anything is sent, with a message that names
 * the item and the field and a description that says what to do.
 */
import fc from 'fast-check';
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { getSpec } from '../../tools/fake-talon-one/core/spec';
import { validateBody, validateParams } from '../../tools/fake-talon-one/core/validate';
import { useFakeServer } from '../support/talonOne';
import { blankText } from '../../nodes/TalonOne/fields/schema';
import { operations } from '../../nodes/TalonOne/operations';
import type { Field, ObjectListField } from '../../nodes/TalonOne/fields/types';
import type { OperationDefinition } from '../../nodes/TalonOne/operations/types';
import { isManagementOnly } from '../../nodes/TalonOne/transport/auth';
import { descriptionOf, outputOf, run, watchForSecrets } from './support';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

/** 30 runs per operation and property by default; `HOSTILE_RUNS=500 HOSTILE_SEED=random npx jest test/hostile/property` digs deeper. */
const RUNS = Number(process.env.HOSTILE_RUNS ?? 30);
const SEED = process.env.HOSTILE_SEED === 'random' ? undefined : Number(process.env.HOSTILE_SEED ?? 4242);

/**
 * Management API requests are paced to 3 per second per endpoint, so their operations send fewer,
 * single-item runs (and use the credential's Management API key).
 */
const management = (op: OperationDefinition) => isManagementOnly(op.auth);
const runsOf = (op: OperationDefinition) => (management(op) ? Math.min(RUNS, 4) : RUNS);
const schemeOf = (op: OperationDefinition) => (management(op) ? ('managementKey' as const) : undefined);
const nothingSent = ' Nothing was sent to Talon.One: the node checks every item before it sends any.';

interface Input {
	path: Record<string, unknown>;
	body?: unknown;
	/** Limit, for reads that page. */
	limit?: unknown;
}

// ---- valid values, derived from the field declarations ----------------------------------------

/** Text of min to max characters; required text (min 1 or more) is never only spaces or invisible characters. */
const text = (min: number, max: number) =>
	fc
		.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, 12) })
		.filter((s) => s.length >= min && s.length <= max && (min === 0 || !blankText.test(s)));
const attributeName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,11}$/);
const finite = (min = -1e6, max = 1e6) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const dateTime = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString());

function valid(field: Field): fc.Arbitrary<unknown> {
	switch (field.kind) {
		case 'string':
			if (field.format === 'date-time') return dateTime;
			if (field.format === 'card-identifier') return fc.stringMatching(/^[A-Za-z0-9._%+@-]{4,12}$/);
			return text(Math.max(field.minLength ?? 0, field.required ? 1 : 0), field.maxLength ?? 40);
		case 'number':
			return field.integer
				? fc.integer({ min: field.minimum ?? -1_000_000, max: field.maximum ?? 1_000_000 })
				: finite(field.minimum ?? -1e6, field.maximum ?? 1e6);
		case 'boolean':
			return fc.boolean();
		case 'options':
			return fc.constantFrom(...field.options.map((o) => o.value));
		case 'multiOptions':
			return fc.uniqueArray(fc.constantFrom(...field.options.map((o) => o.value)), { maxLength: field.options.length });
		case 'list': {
			const anyText = text(1, field.itemMaxLength ?? 40);
			// a list Talon.One reads comma-separated cannot hold a comma inside an entry
			const words = field.itemFormat === 'uuid' ? fc.uuid() : field.commaSeparated ? anyText.filter((s) => !s.includes(',')) : anyText;
			const id = fc.integer({ min: 1, max: 1_000_000 });
			// a multi-select of IDs holds IDs, as text where Talon.One takes them so
			const item: fc.Arbitrary<unknown> = field.itemType === 'integer' ? id : field.pickFrom ? id.map(String) : words;
			return fc.array(item, { minLength: field.minItems ?? 0, maxLength: Math.min(field.maxItems ?? 4, 4) });
		}
		case 'locator':
			return field.valueType === 'integer' ? fc.integer({ min: field.minimum ?? 1, max: 1_000_000 }) : text(1, field.maxLength ?? 40);
		case 'attributes':
			return fc.dictionary(attributeName, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });
		case 'costs':
			return fc.dictionary(attributeName, fc.record({ price: finite() }), { maxKeys: 3 });
		case 'objectList':
			return fc.array(validObject(field.fields), { maxLength: Math.min(field.maxItems ?? 3, 3) });
	}
}

/** Fields valid only while another is on (a dry run's date and campaigns): test/preview covers them. */
const standalone = (fields: readonly Field[]) => fields.filter((f) => !f.onlyWith);

/** An object for fields that may be nested by `parent` (e.g. `customerSession.cartItems`). */
function validObject(fields: readonly Field[], requiredParents: readonly string[] = []): fc.Arbitrary<IDataObject> {
	const model: Record<string, fc.Arbitrary<unknown>> = {};
	const requiredKeys: string[] = [];
	const children = new Map<string, Field[]>();
	for (const field of standalone(fields)) {
		if (!field.parent) {
			model[field.key] = valid(field);
			if (field.required) requiredKeys.push(field.key);
			continue;
		}
		const [head, ...rest] = field.parent.split('.');
		children.set(head, [...(children.get(head) ?? []), { ...field, parent: rest.length ? rest.join('.') : undefined }]);
	}
	for (const [parent, nested] of children) {
		model[parent] = validObject(nested, requiredParents.filter((p) => p.startsWith(`${parent}.`)).map((p) => p.slice(parent.length + 1)));
		if (requiredParents.includes(parent)) requiredKeys.push(parent);
	}
	return fc.record(model, { requiredKeys }) as fc.Arbitrary<IDataObject>;
}

function validPathValue(field: Field): fc.Arbitrary<unknown> {
	return field.kind === 'number' || (field.kind === 'locator' && field.valueType === 'integer') ? valid(field) : valid(field).filter((s) => s !== '.' && s !== '..');
}

/** How many entries a value has (1 for a non-list value, undefined when absent). */
const length = (value: unknown) => (value === undefined ? undefined : Array.isArray(value) ? value.length : 1);

/** A body whose fields that belong to some choices only (`usedFor`) fit the chosen one: left out, or set when required. */
function fitChoices(fields: readonly Field[], body: IDataObject): IDataObject {
	let fitted = body;
	for (const field of fields) {
		if (!field.usedFor) continue;
		const at = [...(field.parent ? field.parent.split('.') : []), field.key];
		const chosen = String(body[field.usedFor.key]);
		if (!field.usedFor.values.includes(chosen)) fitted = setIn(fitted, at, undefined);
		else if (field.usedFor.required && [undefined, 0].includes(length(at.reduce<unknown>((node, key) => (node as IDataObject | undefined)?.[key], fitted)))) {
			const value = field.kind === 'objectList' ? [Object.fromEntries(field.fields.filter((f) => f.required).map((f) => [f.key, simplest(f)]))] : simplest(field);
			fitted = setIn(fitted, at, value);
		}
	}
	return JSON.parse(JSON.stringify(fitted)) as IDataObject;
}

function validInput(op: OperationDefinition): fc.Arbitrary<Input> {
	const path = fc.record(Object.fromEntries((op.pathFields ?? []).map((f) => [f.key, validPathValue(f)])));
	if (op.paginate && !op.bodyFields) return fc.record({ path, limit: fc.integer({ min: 1, max: 100 }) });
	if (!op.bodyFields) return fc.record({ path });
	const fitted = validObject(op.bodyFields, op.requiredBodyObjects).map((b) => fitChoices(op.bodyFields!, b));
	// an update that keeps what it is not given must set something (an empty one is refused: see mutationsFor)
	const whole = op.keepCurrent ? fitted.filter((b) => Object.keys(b).length > 0) : fitted;
	const body = op.bodyRoot ? whole.map((b) => b[op.bodyRoot!] ?? {}) : whole;
	if (op.paginate) return fc.record({ path, body, limit: fc.integer({ min: 1, max: 100 }) });
	return fc.record({ path, body });
}

const validQuery = (op: OperationDefinition) => {
	const fields = standalone(op.queryFields ?? []);
	const requiredKeys = fields.filter((f) => f.required).map((f) => f.key);
	return fc.record(Object.fromEntries(fields.map((f) => [f.key, valid(f)])), { requiredKeys }) as fc.Arbitrary<IDataObject>;
};

// ---- the node parameters that read one input per item -----------------------------------------

function parametersFor(op: OperationDefinition, query: IDataObject): INodeParameters {
	const parameters: INodeParameters = { options: { maxRetries: 0 } };
	for (const field of op.pathFields ?? []) parameters[field.key] = `={{ $json.path_${field.key} }}`;
	for (const field of op.queryFields ?? []) {
		if (!(field.key in query)) continue;
		const value = query[field.key] as string | boolean;
		if (field.group) parameters[field.group.name] = { ...(parameters[field.group.name] as INodeParameters | undefined), [field.key]: value };
		else parameters[field.key] = value;
	}
	if (op.bodyFields) Object.assign(parameters, { inputMode: 'json', jsonBody: '={{ $json.jsonBody }}' });
	if (op.paginate) parameters.limit = '={{ $json.limit }}';
	return parameters;
}

function itemFor(input: Input): IDataObject {
	const item: IDataObject = {};
	for (const [key, value] of Object.entries(input.path)) item[`path_${key}`] = value as string;
	if ('body' in input) item.jsonBody = JSON.stringify(input.body);
	if ('limit' in input) item.limit = input.limit as IDataObject[string];
	return item;
}

// ---- broken values: one per kind of mistake -------------------------------------------------------

interface Mutation {
	name: string;
	apply: (input: Input) => Input;
}

/** The simplest valid value, to build a row around one broken sub-field. */
function simplest(field: Field): unknown {
	switch (field.kind) {
		case 'string':
			return field.format === 'date-time' ? '2026-01-01T00:00:00Z' : 'x'.repeat(Math.max(1, field.minLength ?? 1));
		case 'number':
			return field.minimum ?? 1;
		case 'boolean':
			return true;
		case 'options':
			return field.options[0].value;
		case 'list':
			return Array.from({ length: field.minItems ?? 0 }, () => (field.itemType === 'integer' ? 1 : 'x'));
		case 'locator':
			return field.valueType === 'integer' ? 1 : 'x';
		default:
			return field.kind === 'multiOptions' || field.kind === 'objectList' ? [] : {};
	}
}

function brokenValues(field: Field, inPath: boolean): Array<[string, unknown]> {
	switch (field.kind) {
		case 'string': {
			if (inPath) return [['empty', ''], ['dots', '..']];
			const values: Array<[string, unknown]> = [['a number', 42], ['an object', { a: 1 }], ['a list', ['x']]];
			if (field.required) values.push(['empty', '']);
			if (field.maxLength) values.push(['too long', 'x'.repeat(field.maxLength + 1)]);
			if (field.minLength && field.minLength > 1) values.push(['too short', 'x'.repeat(field.minLength - 1)]);
			if (field.format === 'date-time') values.push(['not a date', 'next friday']);
			if (field.format === 'card-identifier') values.push(['a space', 'CARD 0001']);
			return values;
		}
		case 'number': {
			const values: Array<[string, unknown]> = [['a word', 'abc'], ['empty', '']];
			if (!inPath) values.push(['null', null], ['true', true]);
			if (field.integer) values.push(['a fraction', 1.5]);
			if (field.minimum !== undefined) values.push(['below the minimum', field.minimum - 1]);
			if (field.maximum !== undefined) values.push(['above the maximum', field.maximum + 1]);
			return values.filter(([, v]) => !(inPath && v === '' && !field.required));
		}
		case 'boolean':
			return [['a word', 'yes'], ['a number', 1]];
		case 'options':
			return [['an unknown choice', 'definitely-not-a-choice'], ['a number', 1]];
		case 'multiOptions':
			return [['an unknown choice', ['definitely-not-a-choice']], ['text instead of a list', field.options[0].value]];
		case 'list': {
			const item = field.itemType === 'integer' ? 1 : 'x';
			const values: Array<[string, unknown]> = [['text instead of a list', 'a,b'], ['an object in the list', [{}]]];
			if (field.itemType === 'integer' || field.pickFrom) values.push(['a word in the list', ['abc']]);
			if (field.maxItems) values.push(['too many entries', Array.from({ length: field.maxItems + 1 }, () => item)]);
			if (field.minItems) values.push(['too few entries', []]);
			if (field.itemMaxLength) values.push(['an entry too long', ['x'.repeat(field.itemMaxLength + 1)]]);
			if (field.itemFormat === 'uuid') values.push(['an entry that is no UUID', ['abc']]);
			return values;
		}
		case 'locator':
			if (field.valueType === 'string') return [['empty', ''], ['a list', ['x']]];
			return [
				['a name instead of an ID', 'Newsletter subscribers'],
				['a name picked by mode By ID', { __rl: true, mode: 'id', value: 'Newsletter' }],
				['a fraction', 1.5],
				['zero', 0],
			];
		case 'attributes':
			return [['a list instead of an object', [1]], ['text instead of an object', 'gold']];
		case 'costs':
			return [['a price that is a word', { shipping: { price: 'free' } }], ['a number instead of a cost', { shipping: 5 }], ['a list', []]];
		case 'objectList':
			return [['an object instead of a list', {}], ['text instead of a list', 'x']];
	}
}

function setIn(target: IDataObject, path: readonly string[], value: unknown): IDataObject {
	const copy: IDataObject = { ...target };
	if (path.length === 1) copy[path[0]] = value as IDataObject[string];
	else copy[path[0]] = setIn((target[path[0]] as IDataObject | undefined) ?? {}, path.slice(1), value);
	return copy;
}

function mutationsFor(op: OperationDefinition): Mutation[] {
	const mutations: Mutation[] = [];
	if (op.paginate) {
		for (const [what, value] of [['0', 0], ['negative', -3], ['a fraction', 2.5], ['text', 'ten']] as const) {
			mutations.push({ name: `limit: ${what}`, apply: (input) => ({ ...input, limit: value }) });
		}
	}
	for (const field of op.pathFields ?? []) {
		for (const [what, value] of brokenValues(field, true)) {
			mutations.push({ name: `${field.key}: ${what}`, apply: (input) => ({ ...input, path: { ...input.path, [field.key]: value as string } }) });
		}
	}
	if (op.bodyRoot) {
		mutations.push({ name: 'body: a list', apply: (input) => ({ ...input, body: [input.body] }) });
		mutations.push({ name: 'body: text', apply: (input) => ({ ...input, body: 'gold' }) });
		return mutations;
	}
	for (const field of op.bodyFields ?? []) {
		const at = [...(field.parent ? field.parent.split('.') : []), field.key];
		for (const [what, value] of brokenValues(field, false)) {
			mutations.push({ name: `${at.join('.')}: ${what}`, apply: (input) => ({ ...input, body: setIn(input.body as IDataObject, at, value) }) });
		}
		if (field.required) {
			mutations.push({
				name: `${at.join('.')}: missing`,
				apply: (input) => {
					const body = setIn(input.body as IDataObject, at, undefined);
					return { ...input, body: JSON.parse(JSON.stringify(body)) as IDataObject };
				},
			});
		}
		if (field.kind === 'objectList') mutations.push(...rowMutations(field, at));
	}
	if (op.keepCurrent) mutations.push({ name: 'nothing to change', apply: (input) => ({ ...input, body: {} }) });
	if (op.bodyFields) {
		mutations.push({ name: 'an unknown field', apply: (input) => ({ ...input, body: { ...(input.body as IDataObject), bogusField: 1 } }) });
	}
	return mutations;
}

/** One broken sub-field in an otherwise simplest valid row, e.g. a cart item with a price "abc". */
function rowMutations(list: ObjectListField, at: readonly string[]): Mutation[] {
	const row = Object.fromEntries(list.fields.filter((f) => f.required).map((f) => [f.key, simplest(f)]));
	return list.fields.flatMap((sub) =>
		brokenValues(sub, false).map(([what, value]) => ({
			name: `${at.join('.')}[0].${sub.key}: ${what}`,
			apply: (input: Input) => ({ ...input, body: setIn(input.body as IDataObject, at, [{ ...row, [sub.key]: value }]) }),
		})),
	);
}

// ---- the properties ------------------------------------------------------------------------------

const spec = getSpec();

describe('Property: each operation accepts what its schema allows and sends only what Talon.One accepts', () => {
	test.each(operations.map((op) => [op.operationId, op] as const))('%s: random valid inputs are sent and pass the API schema', async (_id, op) => {
		const compiled = spec.operations.get(op.operationId)!;
		await fc.assert(
			fc.asyncProperty(fc.array(validInput(op), { minLength: 1, maxLength: management(op) ? 1 : 3 }), validQuery(op), async (inputs, query) => {
				server.reset();
				const result = await run(server, op.operationId, parametersFor(op, query), { inputItems: inputs.map(itemFor), continueOnFail: true, scheme: schemeOf(op) });
				const output = outputOf(result);
				// a list answer gives one output item per record, so only a plain answer is one per input item
				if (!op.paginate && !op.answerIsList && !op.unpagedList) expect(output).toHaveLength(inputs.length);
				for (const json of output) expect(String(json.error ?? '')).not.toMatch(/^Item \d+/);
				expect(server.requests.length).toBeGreaterThanOrEqual(1);
				// An update that keeps the rest of the object reads it first, and sends only what it could read.
				const reads = op.keepCurrent ? server.requests.filter((r) => r.method === 'GET' && typeof r.status === 'number' && r.status < 300).length : 0;
				if (!op.batch) expect(server.requests).toHaveLength(inputs.length + reads);
				expect(server.requests.filter((r) => r.status === 400)).toEqual([]);
				for (const request of server.requests.filter((r) => r.operationId === op.operationId)) {
					const params = validateParams(compiled, request.pathParams, request.queryValues);
					expect('error' in params ? params.error : undefined).toBeUndefined();
					expect(validateBody(compiled, request.bodyText, { ok: request.body !== undefined || request.bodyText === '', value: request.body })).toBeNull();
					expect(request.status).not.toBe(400);
				}
			}),
			{ numRuns: runsOf(op), seed: SEED },
		);
	}, 60_000);

	// An operation without any field (e.g. listing every loyalty program) has no value to break.
	const withFields = operations.filter((op) => [op.pathFields, op.queryFields, op.bodyFields].some((fields) => fields?.length));
	test.each(withFields.map((op) => [op.operationId, op] as const))('%s: random inputs with one broken value are rejected before sending', async (_id, op) => {
		const mutations = mutationsFor(op);
		await fc.assert(
			fc.asyncProperty(validInput(op), validQuery(op), fc.constantFrom(...mutations), async (input, query, mutation) => {
				server.reset();
				const result = await run(server, op.operationId, parametersFor(op, query), { inputItems: [itemFor(mutation.apply(input))], scheme: schemeOf(op) });
				expect(result.error?.message).toMatch(/^Item 1(, [a-z ]+ \d+)*: \S/);
				const description = descriptionOf(result) ?? '';
				expect(description.endsWith(nothingSent)).toBe(true);
				expect(description.length).toBeGreaterThan(nothingSent.length + 5);
				expect(server.requests).toHaveLength(0);
			}),
			{ numRuns: RUNS, seed: SEED },
		);
	});
});
