import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

/** Type name of the harness' source node (never shipped; tests only). */
export const SOURCE_NODE_TYPE = 'n8n-nodes-harness.items';

/**
 * Test-only source node: passes the items it is started with (the harness puts the
 * test's `inputItems` on the execution stack) to its output, giving each one a
 * `pairedItem` so item lineage works in the node under test.
 */
export class ItemsSourceNode implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Harness Items',
		name: 'harnessItems',
		group: ['input'],
		version: 1,
		description: 'Outputs the items the test harness started it with',
		defaults: { name: 'Harness Items' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [this.getInputData().map((item, index) => ({ json: item.json, pairedItem: { item: index } }))];
	}
}
