import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { randomBytes } from 'node:crypto';
import { startFakeTalonOne, type FakeTalonOne, type FakeTalonOneOptions } from '../../tools/fake-talon-one';
import { runNode, type RunNodeResult } from '../../tools/n8n-harness';
import { TalonOne } from '../../nodes/TalonOne/TalonOne.node';
import { operations } from '../../nodes/TalonOne/operations';

export type Scheme = 'apiKey' | 'signing' | 'managementKey' | 'bearerToken';

/** Fresh random secrets per server, so a leak cannot hide behind a value that also appears elsewhere. */
function randomSecrets() {
	return {
		apiKey: `ak${randomBytes(20).toString('hex')}`,
		applicationKey: randomBytes(16).toString('hex'),
		managementKey: `mk${randomBytes(20).toString('hex')}`,
		bearerToken: `bt${randomBytes(20).toString('hex')}`,
	};
}

export function secretsOf(server: FakeTalonOne): string[] {
	const { apiKey, applicationKey, managementKey, bearerToken } = server.options;
	return [apiKey, applicationKey, managementKey, bearerToken];
}

export function credentialsFor(server: FakeTalonOne, scheme: Scheme = 'apiKey'): IDataObject {
	const { apiKey, applicationId, applicationKey, managementKey, bearerToken } = server.options;
	const base = { baseUrl: `${server.url}/`, allowUnauthorizedCerts: false };
	switch (scheme) {
		case 'apiKey':
			return { ...base, authentication: 'apiKey', apiKey: apiKey, managementAuth: 'none' };
		case 'signing':
			return {
				...base,
				authentication: 'applicationKeySigning',
				applicationId: applicationId,
				applicationKey: applicationKey,
				managementAuth: 'none',
			};
		case 'managementKey':
			return { ...base, authentication: 'apiKey', apiKey: apiKey, managementAuth: 'managementKey', managementKey: managementKey };
		case 'bearerToken':
			return { ...base, authentication: 'apiKey', apiKey: apiKey, managementAuth: 'bearerToken', bearerToken: bearerToken };
	}
}

export async function startServer(options: FakeTalonOneOptions = {}): Promise<FakeTalonOne> {
	return await startFakeTalonOne({ demo: true, ...randomSecrets(), ...options });
}

/** One fake Talon.One for the test file (handed to `use` once started), with fresh state before each test. */
export function useFakeServer(use: (server: FakeTalonOne) => void): void {
	let server: FakeTalonOne | undefined;
	beforeAll(async () => {
		server = await startServer();
		use(server);
	});
	afterAll(async () => await server?.close());
	beforeEach(() => server?.reset());
}

export interface RunOptions {
	inputItems?: IDataObject[];
	continueOnFail?: boolean;
	scheme?: Scheme;
	credentials?: IDataObject;
}

/** Runs the Talon.One node in n8n's execution engine; `operationId` picks resource and operation from the table. */
export async function runOperation(
	server: FakeTalonOne,
	operationId: string,
	parameters: INodeParameters,
	options: RunOptions = {},
): Promise<RunNodeResult> {
	const op = operations.find((o) => o.operationId === operationId);
	if (!op) throw new Error(`No operation with operationId ${operationId} in the table`);
	return await runNode({
		nodeType: new TalonOne(),
		parameters: { resource: op.resource, operation: op.operation, ...parameters },
		credentials: { talonOneApi: (options.credentials ?? credentialsFor(server, options.scheme)) as never },
		inputItems: options.inputItems,
		continueOnFail: options.continueOnFail,
	});
}

/** The node's output items' json. */
export function jsonOf(result: RunNodeResult): IDataObject[] {
	return result.items.map((item) => item.json);
}

function dump(value: unknown): string {
	if (typeof value === 'string') return value;
	if (value instanceof Error) {
		return JSON.stringify({ ...value, message: value.message, stack: value.stack, description: (value as { description?: unknown }).description });
	}
	return JSON.stringify(value) ?? String(value);
}

/** Fails when any of the server's secrets, or even its first 8 characters, occurs in the given values. */
export function expectNoSecrets(server: FakeTalonOne, ...values: unknown[]): void {
	const text = values.map(dump).join('\n');
	for (const secret of secretsOf(server)) {
		expect(text).not.toContain(secret.slice(0, 8));
	}
}
