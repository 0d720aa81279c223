/**
 * Writes a tiny compiled community-node package (node `demoNode`, credential `demoApi` with a
 * node-level credential test `demoApiTest`) into a folder, to prove the e2e harness works
 * against real n8n without building this repository. Used by ./selftest.ts.
 *
 * demoNode parameter `mode`:
 *   ok          -> one item per input: { hello: 'world', apiKey, hasWorkflowLib }
 *   plainError  -> throws new Error('plain failure')
 *   opError     -> throws n8n-workflow's NodeOperationError('operation failed') (when resolvable)
 *   http        -> GET parameter `url` with this.helpers.httpRequest, outputs { res }
 * demoApiTest: with data.baseUrl it GETs `${baseUrl}/ping` (OK on 2xx); otherwise OK iff apiKey === 'good'.
 */
import fs from 'node:fs';
import path from 'node:path';

const CREDENTIAL = `"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DemoApi = void 0;
class DemoApi {
  constructor() {
    this.name = 'demoApi';
    this.displayName = 'Demo API';
    this.documentationUrl = 'https://example.com';
    this.properties = [
      { displayName: 'API Key', name: 'apiKey', type: 'string', typeOptions: { password: true }, default: '' },
      { displayName: 'Base URL', name: 'baseUrl', type: 'string', default: '' },
    ];
  }
}
exports.DemoApi = DemoApi;
`;

const NODE = `"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DemoNode = void 0;
let wf = null;
try { wf = require('n8n-workflow'); } catch (e) { wf = null; }
class DemoNode {
  constructor() {
    this.description = {
      displayName: 'Demo Node',
      name: 'demoNode',
      group: ['transform'],
      version: 1,
      description: 'e2e demo',
      defaults: { name: 'Demo Node' },
      inputs: ['main'],
      outputs: ['main'],
      credentials: [{ name: 'demoApi', required: false, testedBy: 'demoApiTest' }],
      properties: [
        { displayName: 'Mode', name: 'mode', type: 'options', default: 'ok',
          options: [ { name: 'OK', value: 'ok' }, { name: 'Plain Error', value: 'plainError' },
                     { name: 'Operation Error', value: 'opError' }, { name: 'HTTP', value: 'http' } ] },
        { displayName: 'URL', name: 'url', type: 'string', default: '' },
      ],
    };
    this.methods = {
      credentialTest: {
        async demoApiTest(credential) {
          const data = credential.data || {};
          if (data.baseUrl) {
            try {
              await this.helpers.request({ method: 'GET', uri: data.baseUrl + '/ping', headers: { 'x-api-key': data.apiKey }, json: true });
            } catch (e) {
              return { status: 'Error', message: 'ping failed: ' + (e.message || e) };
            }
            return { status: 'OK', message: 'Connection successful' };
          }
          if (data.apiKey === 'good') return { status: 'OK', message: 'Connection successful' };
          return { status: 'Error', message: 'Invalid API key' };
        },
      },
    };
  }
  async execute() {
    const items = this.getInputData();
    const out = [];
    let apiKey = '';
    try { const c = await this.getCredentials('demoApi'); apiKey = String(c.apiKey || ''); } catch (e) { apiKey = ''; }
    for (let i = 0; i < items.length; i++) {
      const mode = this.getNodeParameter('mode', i);
      try {
        if (mode === 'plainError') throw new Error('plain failure');
        if (mode === 'opError') {
          if (!wf) throw new Error('n8n-workflow not resolvable');
          throw new wf.NodeOperationError(this.getNode(), 'operation failed', { itemIndex: i, description: 'a description' });
        }
        if (mode === 'http') {
          const url = this.getNodeParameter('url', i);
          const res = await this.helpers.httpRequest({ method: 'GET', url, json: true });
          out.push({ json: { res }, pairedItem: { item: i } });
          continue;
        }
        out.push({ json: { hello: 'world', apiKey, hasWorkflowLib: !!wf }, pairedItem: { item: i } });
      } catch (error) {
        if (this.continueOnFail()) { out.push({ json: { error: error.message }, pairedItem: { item: i } }); continue; }
        throw error;
      }
    }
    return [out];
  }
}
exports.DemoNode = DemoNode;
`;

/** Writes the demo package to `dir` (created) and returns dir. Point N8N_CUSTOM_EXTENSIONS at it. */
export function writeDemoPackage(dir: string): string {
	fs.mkdirSync(path.join(dir, 'dist', 'nodes', 'DemoNode'), { recursive: true });
	fs.mkdirSync(path.join(dir, 'dist', 'credentials'), { recursive: true });
	fs.writeFileSync(
		path.join(dir, 'package.json'),
		JSON.stringify(
			{
				name: 'n8n-nodes-demo',
				version: '0.0.1',
				keywords: ['n8n-community-node-package'],
				n8n: {
					n8nNodesApiVersion: 1,
					credentials: ['dist/credentials/DemoApi.credentials.js'],
					nodes: ['dist/nodes/DemoNode/DemoNode.node.js'],
				},
				peerDependencies: { 'n8n-workflow': '*' },
			},
			null,
			2,
		),
	);
	fs.writeFileSync(path.join(dir, 'dist', 'credentials', 'DemoApi.credentials.js'), CREDENTIAL);
	fs.writeFileSync(path.join(dir, 'dist', 'nodes', 'DemoNode', 'DemoNode.node.js'), NODE);
	return dir;
}

/**
 * Workflow JSON: Manual Trigger -> Demo Node (type CUSTOM.demoNode, or `nodeType`, e.g.
 * `n8n-nodes-demo.demoNode` when installed as a community package).
 */
export function demoWorkflow(
	o: { mode?: string; url?: string; credentialId?: string; continueOnFail?: boolean; id?: string; nodeType?: string } = {},
): Record<string, unknown> {
	const demo: Record<string, unknown> = {
		id: 'b2c3d4e5-0000-4000-8000-000000000002',
		name: 'Demo Node',
		type: o.nodeType || 'CUSTOM.demoNode',
		typeVersion: 1,
		position: [200, 0],
		parameters: { mode: o.mode || 'ok', url: o.url || '' },
	};
	if (o.credentialId) demo.credentials = { demoApi: { id: o.credentialId, name: 'Demo' } };
	if (o.continueOnFail) demo.onError = 'continueRegularOutput';
	return {
		id: o.id,
		name: `demo ${o.mode || 'ok'}`,
		nodes: [
			{
				id: 'a1b2c3d4-0000-4000-8000-000000000001',
				name: 'Manual Trigger',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			demo,
		],
		connections: {
			'Manual Trigger': { main: [[{ node: 'Demo Node', type: 'main', index: 0 }]] },
		},
	};
}
