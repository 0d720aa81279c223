/** Compact 1-based ranges: [0,1,2,5] -> "1-3, 6". */
export function itemRanges(indexes: readonly number[]): string {
	const parts: string[] = [];
	let start = -1;
	let previous = -2;
	for (const index of [...indexes].sort((a, b) => a - b)) {
		if (index !== previous + 1) {
			if (start >= 0) parts.push(start === previous ? `${start + 1}` : `${start + 1}-${previous + 1}`);
			start = index;
		}
		previous = index;
	}
	if (start >= 0) parts.push(start === previous ? `${start + 1}` : `${start + 1}-${previous + 1}`);
	return parts.join(', ');
}

/**
 * Tells, after a stop, which items Talon.One already applied, which it may have applied, and which
 * were never sent. For an operation that only reads, which items were read: nothing was changed.
 */
export function describeApplied(
	outcomes: ReadonlyArray<{ json: unknown } | { error: unknown; uncertain?: boolean; notSent?: boolean } | undefined>,
	readsOnly = false,
): string {
	const applied: number[] = [];
	const maybe: number[] = [];
	const notSent: number[] = [];
	outcomes.forEach((outcome, index) => {
		if (outcome === undefined) notSent.push(index);
		else if ('json' in outcome) applied.push(index);
		else if (outcome.uncertain) maybe.push(index);
		else if (outcome.notSent) notSent.push(index);
	});
	const lines: string[] = [];
	if (readsOnly) {
		lines.push(applied.length ? `Read from Talon.One: items ${itemRanges(applied)}.` : 'No item was read from Talon.One.');
		if (notSent.length) lines.push(`Not read: items ${itemRanges(notSent)}.`);
		return lines.join(' ');
	}
	if (applied.length) lines.push(`Already applied in Talon.One: items ${itemRanges(applied)}.`);
	else if (!maybe.length) lines.push('No item was applied in Talon.One.');
	if (maybe.length) lines.push(`Maybe applied (check in Talon.One): items ${itemRanges(maybe)}.`);
	if (notSent.length) lines.push(`Not sent: items ${itemRanges(notSent)}.`);
	return lines.join(' ');
}
