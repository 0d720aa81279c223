import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { ItemParameters } from '../../nodes/TalonOne/execute/parameters';
import { runNode } from '../../tools/n8n-harness';

/** Reads each parameter both ways, so the shortcut can be compared with n8n's own evaluation. */
class Probe implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Probe',
		name: 'probe',
		group: ['transform'],
		version: 1,
		description: 'test',
		defaults: { name: 'Probe' },
		inputs: ['main'],
		outputs: ['main'],
		properties: ['a', 'b', 'c', 'd'].map((name) => ({ displayName: name, name, type: 'string' as const, default: '' })).concat([
			{ displayName: 'Group', name: 'group', type: 'json' as never, default: '' },
		]),
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const params = new ItemParameters(this);
		return [
			this.getInputData().map((_item, i) => {
				const json: IDataObject = {};
				for (const name of ['a', 'b', 'c', 'd', 'group']) {
					json[name] = { fast: params.get(name, i, undefined), n8n: this.getNodeParameter(name, i, undefined) } as IDataObject;
				}
				return { json, pairedItem: { item: i } };
			}),
		];
	}
}

test('reading parameters with the {{ $json.x }} shortcut gives what n8n gives', async () => {
	const inputItems: IDataObject[] = [
		{ id: 'x-1', n: 42, ok: true, nothing: null, nested: { deep: 1 }, 'odd key': 'v' },
		{ id: 7, n: '3.5', ok: false, nested: [1, 2] },
		{},
	];
	const result = await runNode({
		nodeType: new Probe(),
		nodeTypeName: 'test.probe',
		parameters: {
			a: '={{ $json.id }}',
			b: '={{ $json["odd key"] }}',
			c: '={{ $json.nested }}',
			d: '={{ $json.id + "-" + $json.n }}',
			group: { rows: [{ n: '={{ $json.n }}', ok: '={{ $json.ok }}', literal: 5, nothing: '={{ $json.nothing }}' }] } as never,
		},
		inputItems,
	});
	expect(result.error).toBeUndefined();
	for (const item of result.items) {
		for (const value of Object.values(item.json) as Array<{ fast: unknown; n8n: unknown }>) {
			expect(value.fast).toEqual(value.n8n);
		}
	}
	expect((result.items[0].json.a as IDataObject).fast).toBe('x-1');
	expect((result.items[1].json.a as IDataObject).fast).toBe(7);
});
