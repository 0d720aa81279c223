/**
 * Dates as Talon.One reads them: RFC 3339 date-times with a time zone. n8n's date picker writes
 * `2026-12-24T18:00:00` without one; that exact form is read in the workflow's time zone.
 */
const withZone = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:Z|[+-](\d\d):(\d\d))$/;
const pickerForm = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)$/;

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return month === 2 && leap ? 29 : monthDays[month - 1];
}

/** Whether the date exists in the calendar and the time on a clock (no 30 February, no 25:00). */
function exists([year, month, day, hour, minute, second]: number[]): boolean {
	return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) && hour <= 23 && minute <= 59 && second <= 59;
}

/** An RFC 3339 date-time with a time zone (Z or ±hh:mm) whose date exists. */
export function isDateTime(value: unknown): boolean {
	const match = typeof value === 'string' ? withZone.exec(value) : null;
	if (!match) return false;
	const [offsetHours = 0, offsetMinutes = 0] = match.slice(7).filter(Boolean).map(Number);
	return exists(match.slice(1, 7).map(Number)) && offsetHours <= 23 && offsetMinutes <= 59;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** How far the wall clock in `timeZone` is ahead of UTC at `instant`, in ms. */
function offsetAt(instant: number, timeZone: string): number {
	let format = formats.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
		formats.set(timeZone, format);
	}
	const part = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
	const wall = Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second);
	return wall - Math.floor(instant / 1000) * 1000;
}

/** The UTC instant at which the wall clock in `timeZone` shows the given time (twice, to land right around DST changes). */
function fromWallClock([year, month, day, hour, minute, second]: number[], timeZone: string): Date {
	const wall = Date.UTC(year, month - 1, day, hour, minute, second);
	const first = wall - offsetAt(wall, timeZone);
	return new Date(wall - offsetAt(first, timeZone));
}

/**
 * Dates and Luxon DateTimes from expressions become ISO text, the picker's form is read in
 * `timeZone`; everything else is returned unchanged for validation to accept or refuse.
 */
export function readDateTime(raw: unknown, timeZone: string): unknown {
	if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? raw : raw.toISOString();
	const luxon = raw as { toISO?: () => string | null };
	if (raw && typeof raw === 'object' && typeof luxon.toISO === 'function') return luxon.toISO() ?? raw;
	const picked = typeof raw === 'string' ? pickerForm.exec(raw) : null;
	if (!picked) return raw;
	const parts = picked.slice(1).map(Number);
	return exists(parts) ? fromWallClock(parts, timeZone).toISOString() : raw;
}
