/**
 * Every operation declaration against Talon.One's OpenAPI contract (the derived fixtures): growing the
 * table by hand cannot drift from what the API accepts.
 */
import { operations } from '../../nodes/TalonOne/operations';
import type { OperationDefinition } from '../../nodes/TalonOne/operations/types';
import type { Field } from '../../nodes/TalonOne/fields/types';
import { findSpecOperation, resolve, typeOf, type ApiFixture, type FixtureOperation, type FixtureParameter, type Schema } from './schema';

type Problems = string[];

const specTypes: Record<Field['kind'], readonly string[]> = {
	string: ['string'],
	number: ['number', 'integer'],
	boolean: ['boolean'],
	options: ['string'],
	multiOptions: ['array'],
	list: ['array'],
	locator: ['integer', 'number', 'string'],
	attributes: ['object'],
	costs: ['object'],
	objectList: ['array'],
};

function checkLimit(problems: Problems, where: string, name: string, declared: number | undefined, spec: number | undefined, kind: 'max' | 'min') {
	if (spec === undefined) return;
	if (declared === undefined) problems.push(`${where}: the spec sets ${name} ${spec}, the declaration none`);
	else if (kind === 'max' ? declared > spec : declared < spec) problems.push(`${where}: ${name} ${declared} is looser than the spec's ${spec}`);
}

function checkEnum(problems: Problems, where: string, values: readonly string[], allowed: unknown[] | undefined) {
	if (!allowed) return;
	const unknown = values.filter((value) => !allowed.includes(value));
	if (unknown.length) problems.push(`${where}: ${unknown.join(', ')} not in the spec's enum ${allowed.join(', ')}`);
}

function checkField(fixture: ApiFixture, field: Field, rawSchema: Schema | undefined, specRequired: boolean, where: string): Problems {
	const problems: Problems = [];
	if (!rawSchema) return [`${where}: no property "${field.key}" in the spec`];
	const schema = resolve(fixture, rawSchema);
	const type = typeOf(schema);
	// a yes/no query flag is a string in the spec
	if (field.kind === 'boolean' && field.serialize === 'yesNo') {
		if (type !== 'string') problems.push(`${where}: sent as yes/no text, the spec says ${type}`);
		checkEnum(problems, where, ['yes', 'no'], schema.enum);
	} else if (type && !specTypes[field.kind].includes(type)) problems.push(`${where}: declared ${field.kind}, the spec says ${type}`);
	const declaredRequired = field.required === true || field.defaultEmpty === true;
	if (specRequired && !declaredRequired) problems.push(`${where}: required by the spec, optional in the declaration`);
	switch (field.kind) {
		case 'string':
			checkLimit(problems, where, 'maxLength', field.maxLength, schema.maxLength, 'max');
			checkLimit(problems, where, 'minLength', field.minLength, schema.minLength, 'min');
			if (schema.format === 'date-time' && field.format !== 'date-time') problems.push(`${where}: the spec says date-time`);
			if (schema.pattern && field.format === undefined) problems.push(`${where}: the spec sets the pattern ${schema.pattern}, the declaration no format`);
			break;
		case 'number':
			if (type === 'integer' && !field.integer) problems.push(`${where}: the spec says integer`);
			checkLimit(problems, where, 'minimum', field.minimum, schema.minimum, 'min');
			checkLimit(problems, where, 'maximum', field.maximum, schema.maximum, 'max');
			break;
		case 'locator':
			if (field.valueType === 'integer' && type === 'string') problems.push(`${where}: an ID locator, the spec says string`);
			if (field.valueType === 'string' && type !== undefined && type !== 'string') problems.push(`${where}: a name locator, the spec says ${type}`);
			checkLimit(problems, where, 'maxLength', field.maxLength, schema.maxLength, 'max');
			break;
		case 'options':
			checkEnum(problems, where, field.options.map((o) => o.value), schema.enum);
			break;
		case 'multiOptions':
			checkEnum(problems, where, field.options.map((o) => o.value), resolve(fixture, schema.items).enum);
			break;
		case 'list': {
			const items = resolve(fixture, schema.items);
			const itemType = field.itemType === 'integer' ? ['integer', 'number'] : ['string'];
			const itemsType = typeOf(items);
			if (itemsType && !itemType.includes(itemsType)) problems.push(`${where}: list of ${field.itemType}, the spec's items are ${itemsType}`);
			checkLimit(problems, where, 'maxItems', field.maxItems, schema.maxItems, 'max');
			checkLimit(problems, where, 'minItems', field.minItems, schema.minItems, 'min');
			checkLimit(problems, where, 'item maxLength', field.itemMaxLength, items.maxLength, 'max');
			if (items.format === 'uuid' && field.itemFormat !== 'uuid') problems.push(`${where}: the spec's items are UUIDs`);
			break;
		}
		case 'objectList': {
			checkLimit(problems, where, 'maxItems', field.maxItems, schema.maxItems, 'max');
			problems.push(...checkFields(fixture, field.fields, resolve(fixture, schema.items), `${where}[]`));
			break;
		}
		default:
			break;
	}
	return problems;
}

function childSchema(fixture: ApiFixture, parent: Schema, path: string | undefined): Schema | undefined {
	let schema: Schema | undefined = parent;
	for (const key of path ? path.split('.') : []) schema = schema ? resolve(fixture, schema.properties?.[key]) : undefined;
	return schema;
}

/** `kept`: properties an update reads from the current object, so the item may leave them out. */
function checkFields(fixture: ApiFixture, fields: readonly Field[], container: Schema, where: string, kept: readonly string[] = []): Problems {
	return fields.flatMap((field) => {
		const holder = childSchema(fixture, container, field.parent);
		const name = `${where}.${field.parent ? `${field.parent}.` : ''}${field.key}`;
		if (!holder?.properties) return [`${name}: the spec has no object "${field.parent}"`];
		return checkField(fixture, field, holder.properties[field.key], (holder.required?.includes(field.key) ?? false) && !kept.includes(field.key), name);
	});
}

/** The schema each input item's body fields belong to: the body itself, or one entry of a batched list. */
function bodyContainer(fixture: ApiFixture, op: OperationDefinition, spec: FixtureOperation): Schema {
	const body = resolve(fixture, spec.requestBody?.schemaRef ? { $ref: spec.requestBody.schemaRef } : spec.requestBody?.schema);
	if (op.batch?.mode !== 'wrap') return body;
	return resolve(fixture, resolve(fixture, body.properties?.[op.batch.key]).items);
}

function checkBody(fixture: ApiFixture, op: OperationDefinition, spec: FixtureOperation): Problems {
	const fields = op.bodyFields ?? [];
	if (!spec.requestBody) return fields.length ? ['body fields declared, but the spec has no request body'] : [];
	if (!fields.length) return spec.requestBody.required ? ['the spec requires a request body, none is declared'] : [];
	const container = bodyContainer(fixture, op, spec);
	if (op.bodyRoot) {
		const type = typeOf(container);
		return type === 'object' ? [] : [`body: the spec's body is ${type}, declared as the object of ${op.bodyRoot}`];
	}
	const problems = checkFields(fixture, fields, container, 'body', op.keepCurrent);
	for (const key of op.keepCurrent ?? []) if (!container.properties?.[key]) problems.push(`body.${key}: kept from the current object, not in the spec`);
	if (op.batch?.mode === 'merge' && !container.properties?.[op.batch.key]) problems.push(`body: no list "${op.batch.key}" to merge into`);
	for (const [key, prop] of Object.entries(container.properties ?? {})) {
		const declared = fields.some((f) => (f.parent ?? f.key).split('.')[0] === key) || op.requiredBodyObjects?.includes(key) || op.keepCurrent?.includes(key);
		if (container.required?.includes(key) && !declared) {
			problems.push(`body.${key}: required by the spec (${typeOf(resolve(fixture, prop)) ?? 'object'}), not declared`);
		}
	}
	return problems;
}

/**
 * A list in the query is written as the spec says: OpenAPI's default (`style: form`, `explode: true`)
 * repeats the parameter per value, `explode: false` separates the values by commas (`commaSeparated`).
 */
function checkQuerySerialization(field: Field, param: FixtureParameter, where: string): Problems {
	const isList = field.kind === 'list' || field.kind === 'multiOptions';
	if (!isList) return [];
	if ((param.style ?? 'form') !== 'form') return [`${where}: the spec's style ${param.style} is not supported`];
	const commaSeparated = param.explode === false;
	if (commaSeparated === (field.commaSeparated === true)) return [];
	return [`${where}: the spec ${commaSeparated ? 'separates the values by commas (explode: false)' : 'repeats the parameter per value'}, the declaration ${field.commaSeparated ? 'separates them by commas' : 'repeats it'}`];
}

function checkParameters(fixture: ApiFixture, op: OperationDefinition, spec: FixtureOperation): Problems {
	const problems: Problems = [];
	const byName = (where: string) => new Map(spec.parameters.filter((p) => p.in === where).map((p) => [p.name, p]));
	const specPath = byName('path');
	const specQuery = byName('query');
	const declaredPath = (op.pathFields ?? []).map((f) => f.key).sort();
	if (declaredPath.join() !== [...specPath.keys()].sort().join()) problems.push(`path fields ${declaredPath.join()} ≠ spec ${[...specPath.keys()].join()}`);
	for (const field of op.pathFields ?? []) {
		const param = specPath.get(field.key);
		if (param) problems.push(...checkField(fixture, field, param.schema, true, `path.${field.key}`));
	}
	for (const field of op.queryFields ?? []) {
		const param = specQuery.get(field.key);
		if (!param) problems.push(`query.${field.key}: not a query parameter of the spec`);
		else problems.push(...checkField(fixture, field, param.schema, param.required, `query.${field.key}`), ...checkQuerySerialization(field, param, `query.${field.key}`));
	}
	if (op.paginate) {
		const pageSize = specQuery.get('pageSize');
		if (!pageSize || !specQuery.has('skip')) problems.push('paginated, but the spec has no pageSize and skip');
		else if (pageSize.schema.maximum !== op.paginate.maxPageSize) problems.push(`maxPageSize ${op.paginate.maxPageSize} ≠ the spec's pageSize maximum ${pageSize.schema.maximum}`);
	}
	for (const param of specQuery.values()) {
		const declared = (op.queryFields ?? []).some((f) => f.key === param.name);
		if (param.required && !declared) problems.push(`query.${param.name}: required by the spec, not declared`);
		// list filters (several campaigns, subledgers, sessions) are what marketers narrow reads by
		if (typeOf(resolve(fixture, param.schema)) === 'array' && !declared) problems.push(`query.${param.name}: a list in the spec, not offered`);
	}
	return problems;
}

function problemsAgainst(fixture: ApiFixture, op: OperationDefinition, spec: FixtureOperation): Problems {
	return [
		...(spec.method === op.method ? [] : [`method ${op.method} ≠ spec ${spec.method}`]),
		...(spec.path === op.path ? [] : [`path ${op.path} ≠ spec ${spec.path}`]),
		...checkParameters(fixture, op, spec),
		...checkBody(fixture, op, spec),
	];
}

describe("every operation declaration matches Talon.One's OpenAPI contract", () => {
	// Current operations are held to today's documents, Legacy ones (removed from today's API) to the seeds.
	test.each(operations.map((op) => [op.operationId, op] as const))('%s', (_operationId, op) => {
		const found = findSpecOperation(op.operationId, op.legacy === true);
		expect(found).toBeDefined();
		expect(problemsAgainst(found!.fixture, op, found!.operation)).toEqual([]);
	});

	test('an operation is Legacy exactly when today\'s documents do not have it', () => {
		const mismatched = operations.filter((op) => (findSpecOperation(op.operationId, false) === undefined) !== (op.legacy === true));
		expect(mismatched.map((op) => op.operationId)).toEqual([]);
	});
});
