import { NodeHelpers } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteFunctions,
	INodeType,
	INodeTypes,
	IVersionedNodeType,
} from 'n8n-workflow';

export type ExecuteErrorListener = (error: unknown) => void;

/**
 * Minimal in-memory `INodeTypes` registry for the test harness.
 * n8n's `Workflow`/`WorkflowExecute` ask it for every node by type name and version.
 *
 * When a type is registered with an `onExecuteError` listener, the `INodeType` handed to the
 * engine is a thin prototype-wrapper whose `execute` reports the error the node threw (then
 * rethrows it unchanged). n8n-core 2.x stores node errors in the run data as a plain-object
 * copy (`{ ...error, message, stack }`), so this is the only way to get the original
 * `NodeOperationError`/`NodeApiError` instance back to the test.
 */
export class HarnessNodeTypes implements INodeTypes {
	private readonly types = new Map<string, INodeType | IVersionedNodeType>();

	private readonly errorListeners = new Map<string, ExecuteErrorListener>();

	private readonly wrappedTypes = new Map<string, INodeType>();

	register(
		typeName: string,
		type: INodeType | IVersionedNodeType,
		onExecuteError?: ExecuteErrorListener,
	): this {
		this.types.set(typeName, type);
		if (onExecuteError) this.errorListeners.set(typeName, onExecuteError);
		return this;
	}

	getByName(nodeType: string): INodeType | IVersionedNodeType {
		const type = this.types.get(nodeType);
		if (!type) throw new Error(`[test harness] Unknown node type "${nodeType}"`);
		return type;
	}

	getByNameAndVersion(nodeType: string, version?: number): INodeType {
		const type = NodeHelpers.getVersionedNodeType(this.getByName(nodeType), version);
		const listener = this.errorListeners.get(nodeType);
		const execute = type.execute;
		if (!listener || typeof execute !== 'function') return type;

		const cacheKey = `${nodeType}@${String(version)}`;
		const cached = this.wrappedTypes.get(cacheKey);
		if (cached) return cached;
		const wrapped = Object.create(type) as INodeType;
		wrapped.execute = async function (this: IExecuteFunctions) {
			try {
				return await execute.call(this);
			} catch (error) {
				listener(error);
				throw error;
			}
		};
		this.wrappedTypes.set(cacheKey, wrapped);
		return wrapped;
	}

	getKnownTypes(): IDataObject {
		const known: IDataObject = {};
		for (const name of this.types.keys()) known[name] = { className: name, sourcePath: '' };
		return known;
	}
}
