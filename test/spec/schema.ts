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

/** Every fixture the operation table is checked against; an operationId is looked up in this order. */
export const fixtures: readonly ApiFixture[] = [integrationApiSeeds, integrationApiToday, managementApi].map((f) => ({
	operations: f.operations as FixtureOperation[],
	components: { schemas: (f.components?.schemas ?? {}) as Record<string, Schema> },
}));

/** Every fixture that holds the operation, in the lookup order. */
export function findSpecOperations(operationId: string): Array<{ fixture: ApiFixture; operation: FixtureOperation }> {
	return fixtures.flatMap((fixture) => {
		const operation = fixture.operations.find((o) => o.operationId === operationId);
		return operation ? [{ fixture, operation }] : [];
	});
}

/** Follows `$ref` and merges `allOf` parts (properties and required lists) into one schema. */
export function resolve(fixture: ApiFixture, schema: Schema | undefined): Schema {
	if (!schema) return {};
	if (schema.$ref) {
		const name = schema.$ref.replace('#/components/schemas/', '');
		return resolve(fixture, fixture.components.schemas[name]);
	}
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

/** The schema's JSON type, ignoring `null` in OpenAPI 3.1 type lists; `object` when it only lists properties. */
export function typeOf(schema: Schema): string | undefined {
	const types = Array.isArray(schema.type) ? schema.type.filter((t) => t !== 'null') : schema.type ? [schema.type] : [];
	return types[0] ?? (schema.properties ? 'object' : undefined);
}
