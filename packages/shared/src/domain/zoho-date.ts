/**
 * Zoho takes dates as `yyyy-MM-dd` and date-times as `yyyy-MM-ddTHH:mm:ss±HH:mm`, years 0001–9999.
 * `Date.parse` is no guard: it takes `99999`, `10000-01-01` and rolls `2026-02-30` over to March, and
 * what it accepts would reach Zoho as INVALID_DATA. So values are read here, strictly, as ISO 8601.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

interface CalendarValue {
  date: string;
  /** `HH:mm:ss±HH:mm`; absent for a bare date. */
  time?: string;
}

const inRange = (n: number, min: number, max: number) => n >= min && n <= max;

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (!inRange(y, 1, 9999) || !inRange(m, 1, 12) || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
  return d <= days;
}

/** A date, or a date-time with its offset (`Z` or `±HH:mm`, at most 14 hours); anything else is undefined. */
export function parseCalendarValue(input: string): CalendarValue | undefined {
  const m = ISO.exec(input.trim());
  if (!m) return undefined;
  const [, y, mo, d, hh, mm, ss = '00', zone] = m;
  if (!isCalendarDate(Number(y), Number(mo), Number(d))) return undefined;
  const date = `${y}-${mo}-${d}`;
  if (hh === undefined || mm === undefined || zone === undefined) return { date };
  if (!inRange(Number(hh), 0, 23) || !inRange(Number(mm), 0, 59) || !inRange(Number(ss), 0, 59))
    return undefined;
  const offset = zone === 'Z' ? '+00:00' : zone;
  const [oh = 99, om = 99] = offset.slice(1).split(':').map(Number);
  if (!inRange(oh * 60 + om, 0, 14 * 60) || om > 59) return undefined;
  return { date, time: `${hh}:${mm}:${ss}${offset}` };
}

/** The calendar day an instant falls on in `timeZone`; undefined when that day is outside 0001–9999. */
function localDate(iso: string, timeZone: string): string | undefined {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    era: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(iso));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const year = Number(get('year'));
  // Year 0 shows as `1 BC`, so the era decides; 10000 shows as five digits.
  if (get('era') !== 'AD' || !inRange(year, 1, 9999)) return undefined;
  return `${String(year).padStart(4, '0')}-${get('month')}-${get('day')}`;
}

/**
 * The value Zoho accepts for a `date` or `datetime` field, or undefined when there is none.
 * A date-time keeps its own offset (so the day written is the day given). A bare date goes into a
 * date-time field as midnight UTC; a date-time goes into a date field as its day in `timeZone`.
 */
export function toZohoDateValue(
  input: string,
  type: 'date' | 'datetime',
  timeZone = 'UTC',
): string | undefined {
  const value = parseCalendarValue(input);
  if (!value) return undefined;
  if (type === 'datetime') return `${value.date}T${value.time ?? '00:00:00+00:00'}`;
  return value.time ? localDate(`${value.date}T${value.time}`, timeZone) : value.date;
}
