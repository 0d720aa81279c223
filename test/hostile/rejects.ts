import type { IDataObject, INodeParameters } from 'n8n-workflow';
import type { FakeTalonOne } from '../../tools/fake-talon-one';
import type { RunNodeResult } from '../../tools/n8n-harness';
import { descriptionOf, run } from './support';

export const nothingSent = 'Nothing was sent to Talon.One: the node checks every item before it sends any.';

/** Runs without Continue On Fail and expects the node to stop with `message` and `hint` before sending anything. */
export async function expectRejected(
	server: FakeTalonOne,
	operationId: string,
	parameters: INodeParameters,
	message: string,
	hint: string,
	inputItems?: IDataObject[],
): Promise<RunNodeResult> {
	const result = await run(server, operationId, parameters, { inputItems });
	expect(result.error?.message).toBe(message);
	expect(descriptionOf(result)).toBe(`${hint} ${nothingSent}`);
	expect(server.requests).toHaveLength(0);
	return result;
}

/** Parameters for Customer Profile → Update with one attribute row. */
export const attributeRow = (name: string, type: string, value: unknown, integrationId = 'p1'): INodeParameters => ({
	integrationId,
	additionalFields: { attributes: { attribute: [{ name, type, value: value as string }] } },
});

/** Parameters for JSON input mode. */
export const jsonBody = (body: unknown, other: INodeParameters = {}): INodeParameters => ({
	...other,
	inputMode: 'json',
	jsonBody: typeof body === 'string' ? body : JSON.stringify(body),
});
