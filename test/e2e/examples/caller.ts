import type { IDataObject } from 'n8n-workflow';

/** The caller's node whose output is the called example's answer. */
export const CALL_NODE = 'Call Example';

/** A workflow that passes `input` to the (published) workflow `id` as the Call n8n Workflow Tool of an AI Agent would. */
export function callerOf(id: string, input: IDataObject): Record<string, unknown> {
	return {
		id: `${id.slice(0, 12)}Call`,
		name: `Calls ${id}`,
		nodes: [
			{ parameters: {}, id: 'start', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0] },
			{
				parameters: { jsCode: `return [{ json: ${JSON.stringify(input)} }];` },
				id: 'input',
				name: 'Input',
				type: 'n8n-nodes-base.code',
				typeVersion: 2,
				position: [220, 0],
			},
			{
				parameters: { source: 'database', workflowId: id },
				id: 'call',
				name: CALL_NODE,
				type: 'n8n-nodes-base.executeWorkflow',
				typeVersion: 1,
				position: [440, 0],
			},
		],
		connections: {
			Start: { main: [[{ node: 'Input', type: 'main', index: 0 }]] },
			Input: { main: [[{ node: CALL_NODE, type: 'main', index: 0 }]] },
		},
	};
}
