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

/** How a bulk create answers: one created entry per ID of the merged list. */
export interface CreatedPerId {
	/** The body list each input item adds its IDs to, e.g. `advocateProfileIntegrationIds`. */
	listKey: string;
	/** The property of a created entry naming its ID, e.g. `advocateProfileIntegrationId`. */
	idKey: string;
	/** Where an item's output holds its entries, e.g. `referrals`. */
	outputKey: string;
	/** Body properties an item's output repeats when Talon.One answers without the entries (silent). */
	echoKeys: readonly string[];
	/** Singular nouns for messages: the ID's owner ("advocate") and the entry ("referral code"). */
	owner: string;
	entry: string;
	/** Where to look before running the item again, e.g. "the referral codes in Talon.One". */
	checkWhere: string;
}

/**
 * Each created entry goes to the item that asked for its ID, whatever order the answer has; an
 * item with an ID the answer has no entry for gets `Unaccounted` with the entries it did get.
 */
export function splitCreatedPerId(spec: CreatedPerId) {
	return (response: unknown, units: IDataObject[]): Array<IDataObject | Unaccounted> => {
		const created = (response as { data?: unknown } | undefined)?.data;
		if (!Array.isArray(created)) {
			return units.map((unit) => ({ success: true, ...Object.fromEntries(spec.echoKeys.filter((key) => key in unit).map((key) => [key, unit[key]])) }));
		}
		const byId = new EntriesById(created as IDataObject[], (entry) => entry[spec.idKey]);
		return units.map((unit) => {
			const found: IDataObject[] = [];
			const missing: string[] = [];
			for (const id of unit[spec.listKey] as string[]) {
				const entry = byId.take(id);
				if (entry) found.push(entry);
				else missing.push(id);
			}
			if (missing.length === 0) return { [spec.outputKey]: found };
			const whom = missing.length > 1 ? `these ${spec.owner}s` : `this ${spec.owner}`;
			return new Unaccounted(
				`Talon.One returned no ${spec.entry} for ${quotedList(spec.owner, missing)}`,
				`Talon.One accepted the request, but its answer has no ${spec.entry} for ${whom}. Check ${spec.checkWhere} before running the item again.`,
				found.length ? { [spec.outputKey]: found } : undefined,
			);
		});
	};
}
