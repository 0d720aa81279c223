import type { IDataObject, IExecuteFunctions, INodeParameters } from 'n8n-workflow';

/** `{{ $json.name }}` or `{{ $json["name"] }}`, and nothing else. */
const jsonReference = /^=\{\{\s*\$json(?:\.([A-Za-z_$][\w$]*)|\[\s*(['"])([^'"\\]*)\2\s*\])\s*\}\}$/;

const viaN8n = Symbol('resolve with n8n');

function isPrimitive(value: unknown): value is string | number | boolean | null {
	return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** The value without n8n's expression engine, or `viaN8n` when only n8n can tell. */
function resolveDirectly(raw: unknown, json: IDataObject | undefined): unknown {
	if (typeof raw === 'string') {
		if (!raw.startsWith('=')) return raw;
		const match = jsonReference.exec(raw);
		const key = match?.[1] ?? match?.[3];
		if (key === undefined || !json || !Object.prototype.hasOwnProperty.call(json, key)) return viaN8n;
		return isPrimitive(json[key]) ? json[key] : viaN8n;
	}
	if (Array.isArray(raw)) {
		const values = raw.map((entry) => resolveDirectly(entry, json));
		return values.includes(viaN8n) ? viaN8n : values;
	}
	if (raw !== null && typeof raw === 'object') {
		const result: IDataObject = {};
		for (const [key, value] of Object.entries(raw)) {
			const resolved = resolveDirectly(value, json);
			if (resolved === viaN8n) return viaN8n;
			result[key] = resolved as IDataObject[string];
		}
		return result;
	}
	return raw;
}

/**
 * Reads parameters per item like `getNodeParameter`, but resolves literal values and the most common
 * expression, `{{ $json.name }}` with a text, number or true/false value, straight from the item.
 * n8n's expression engine costs about 0.1 ms per expression, which dominates bulk runs of
 * thousands of items (`npm run bench`, B1 and B3). Every other expression goes through n8n.
 */
export class ItemParameters {
	private readonly raw: INodeParameters;
	private readonly items: ReturnType<IExecuteFunctions['getInputData']>;

	constructor(private readonly ctx: IExecuteFunctions) {
		this.raw = ctx.getNode().parameters;
		this.items = ctx.getInputData();
	}

	get(name: string, itemIndex: number, fallback: unknown): unknown {
		const resolved = name in this.raw ? resolveDirectly(this.raw[name], this.items[itemIndex]?.json) : viaN8n;
		return resolved === viaN8n ? this.ctx.getNodeParameter(name, itemIndex, fallback as never) : resolved;
	}
}
