import type { IDataObject } from 'n8n-workflow';

/** An input item that a batch answer does not account for: the item gets this error, and what the answer had for it. */
export class Unaccounted {
	constructor(
		readonly message: string,
		readonly description: string,
		readonly partial?: IDataObject,
	) {}
}

/**
 * The entries of a batch answer, handed out by the ID they carry: each entry once, in answer
 * order, so two input items with the same ID each get one of its entries, whatever order the
 * answer comes in.
 */
export class EntriesById {
	private readonly byId = new Map<string, IDataObject[]>();
	private readonly taken = new Map<string, number>();

	constructor(entries: readonly IDataObject[], idOf: (entry: IDataObject) => unknown) {
		for (const entry of entries) {
			const id = idOf(entry);
			if (typeof id !== 'string') continue;
			const list = this.byId.get(id);
			if (list) list.push(entry);
			else this.byId.set(id, [entry]);
		}
	}

	take(id: string): IDataObject | undefined {
		const next = this.taken.get(id) ?? 0;
		const entry = this.byId.get(id)?.[next];
		if (entry) this.taken.set(id, next + 1);
		return entry;
	}
}

/** `advocate "b"`, or `advocates "b", "c", "d" and 2 more`. */
export function quotedList(noun: string, values: readonly string[]): string {
	const shown = values.slice(0, 3).map((value) => JSON.stringify(value));
	const more = values.length > 3 ? ` and ${values.length - 3} more` : '';
	return `${noun}${values.length > 1 ? 's' : ''} ${shown.join(', ')}${more}`;
}
