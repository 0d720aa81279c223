/** Reading the derived OpenAPI fixtures: $ref and allOf resolved into one object schema. */
import integrationApiToday from '../fixtures/integration-api-2026-06.json';
import integrationApiSeeds from '../fixtures/integration-api.json';
import managementApi from '../fixtures/management-api.json';

export interface Schema {
	$ref?: string;
	type?: string | string[];
	format?: string;
	pattern?: string;
	enum?: unknown[];
	items?: Schema;
	properties?: Record<string, Schema>;
	required?: string[];
	allOf?: Schema[];
	oneOf?: Schema[];
	const?: unknown;
	maxItems?: number;
	minItems?: number;
	maxLength?: number;
	minLength?: number;
	minimum?: number;
	maximum?: number;
	additionalProperties?: boolean | Schema;
}

export interface FixtureParameter {
	name: string;
	in: 'path' | 'query' | 'header';
	required: boolean;
	/** How a list is written in the query; OpenAPI's default is `form` with `explode` true (the parameter repeated per value). */
	style?: string;
	explode?: boolean;
	schema: Schema;
}

export interface FixtureOperation {
	operationId: string;
	method: string;
	path: string;
	parameters: FixtureParameter[];
	requestBody: { required: boolean; schemaRef: string | null; schema?: Schema } | null;
	security: string[];
}

export interface ApiFixture {
	operations: FixtureOperation[];
	components: { schemas: Record<string, Schema> };
}

const asFixture = (f: { operations: unknown[]; components?: { schemas?: unknown } }): ApiFixture => ({
	operations: f.operations as FixtureOperation[],
	components: { schemas: (f.components?.schemas ?? {}) as Record<string, Schema> },
});

/** Today's Integration API and the Management API: the contract of every current operation. */
export const currentFixtures: readonly ApiFixture[] = [integrationApiToday, managementApi].map(asFixture);
/** The 2021 seed SDKs' contract, which only the Legacy operations (removed from today's API) are held to. */
export const seedsFixture: ApiFixture = asFixture(integrationApiSeeds);

/** The contract an operation is held to: the first current document that has it, or for a Legacy one the seeds. */
export function findSpecOperation(operationId: string, legacy: boolean): { fixture: ApiFixture; operation: FixtureOperation } | undefined {
	for (const fixture of legacy ? [seedsFixture] : currentFixtures) {
		const operation = fixture.operations.find((o) => o.operationId === operationId);
		if (operation) return { fixture, operation };
	}
	return undefined;
}

/** Follows `$ref` and merges `allOf` parts (properties and required lists) into one schema. */
export function resolve(fixture: ApiFixture, schema: Schema | undefined): Schema {
	if (!schema) return {};
	if (schema.$ref) {
		const name = schema.$ref.replace('#/components/schemas/', '');
		return resolve(fixture, fixture.components.schemas[name]);
	}
	if (schema.oneOf) return alternatives(fixture, schema);
	if (!schema.allOf) return schema;
	const parts = schema.allOf.map((part) => resolve(fixture, part));
	const { allOf: _parts, ...own } = schema;
	return parts.reduce<Schema>(
		(merged, part) => ({
			...part,
			...merged,
			properties: { ...part.properties, ...merged.properties },
			required: [...(part.required ?? []), ...(merged.required ?? [])],
		}),
		own,
	);
}

/**
 * A `oneOf` (e.g. the catalog sync actions, told apart by a `const` type) read as one schema a
 * declaration covering all alternatives is checked against: every alternative's properties (merged
 * where they share one), a `const` collected into an `enum`, and required what all of them require.
 */
function alternatives(fixture: ApiFixture, schema: Schema): Schema {
	const { oneOf, ...own } = schema;
	const parts = (oneOf ?? []).map((part) => resolve(fixture, part));
	return { ...resolve(fixture, own), ...mergeParts(fixture, parts) };
}

function mergeParts(fixture: ApiFixture, parts: Schema[]): Schema {
	const consts = parts.filter((p) => p.const !== undefined).map((p) => p.const);
	if (consts.length) return { type: 'string', enum: consts };
	const keys = [...new Set(parts.flatMap((p) => Object.keys(p.properties ?? {})))];
	const properties = Object.fromEntries(
		keys.map((key) => {
			const holders = parts.flatMap((p) => (p.properties?.[key] ? [resolve(fixture, p.properties[key])] : []));
			return [key, holders.length > 1 && holders.every((h) => h.properties || h.const !== undefined) ? mergeParts(fixture, holders) : holders[0]];
		}),
	);
	const required = keys.filter((key) => parts.every((p) => p.required?.includes(key)));
	const type = parts.find((p) => p.type)?.type ?? 'object';
	return { type, properties, required };
}

/** The schema's JSON type, ignoring `null` in OpenAPI 3.1 type lists; `object` when it only lists properties. */
export function typeOf(schema: Schema): string | undefined {
	const types = Array.isArray(schema.type) ? schema.type.filter((t) => t !== 'null') : schema.type ? [schema.type] : [];
	return types[0] ?? (schema.properties ? 'object' : undefined);
}
