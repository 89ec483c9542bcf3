/**
 * Every date, time and number of the console goes through here: in the console's current language (never
 * the browser's default locale) and, for dates, in the tenant's time zone (the browser's own when none is
 * known). A zone this browser's Intl does not know falls back to the browser's rather than throwing.
 */
export interface FormatOptions {
  language: string;
  timeZone?: string | null | undefined;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(kind: 'dateTime' | 'date', { language, timeZone }: FormatOptions) {
  const key = `${kind}|${language}|${timeZone ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const zone = timeZone && knownZone(timeZone) ? { timeZone } : {};
    formatter =
      kind === 'date'
        ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', ...zone })
        : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', ...zone });
    formatters.set(key, formatter);
  }
  return formatter;
}

function knownZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function parse(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDateTime(value: string | Date, options: FormatOptions): string {
  const date = parse(value);
  return date ? dateFormatter('dateTime', options).format(date) : String(value);
}

export function formatDate(value: string | Date, options: FormatOptions): string {
  const date = parse(value);
  return date ? dateFormatter('date', options).format(date) : String(value);
}

/** The zone's short name at that instant ("EST", "GMT+9"), to say which zone a time is in. */
export function formatZoneName(
  value: string | Date,
  options: FormatOptions,
  style: 'short' | 'longGeneric' = 'short',
): string {
  const date = parse(value) ?? new Date(0);
  const zone = options.timeZone && knownZone(options.timeZone) ? { timeZone: options.timeZone } : {};
  const parts = new Intl.DateTimeFormat(options.language, { timeZoneName: style, ...zone }).formatToParts(
    date,
  );
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/**
 * The wall-clock time of an instant in the zone, as a `datetime-local` input wants it (`2026-11-20T05:00`),
 * so a form pre-fills the tenant's local time rather than UTC.
 */
export function toZonedInputValue(value: string | Date, timeZone?: string | null): string {
  const date = parse(value);
  if (!date) return '';
  const zone = timeZone && knownZone(timeZone) ? { timeZone } : {};
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      ...zone,
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/**
 * The inverse: a `datetime-local` wall-clock time read in the zone, as an ISO instant for the server.
 * '' for junk. A time that happens twice (the hour repeated when DST ends) is its first occurrence; a time
 * that never happens (the hour skipped when DST starts) moves forward by the gap, so 02:30 on New York's
 * spring-forward day is 03:30 EDT, as JavaScript's own Date (and Temporal's default) read it: never earlier
 * than what the agent typed.
 */
export function fromZonedInputValue(local: string, timeZone?: string | null): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return '';
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(wall) || new Date(wall).getUTCDate() !== d) return '';
  // The zone's offsets a day either side of the time bracket any DST change near it.
  const DAY = 86_400_000;
  const before = wall - offsetAt(wall - DAY, timeZone);
  const after = wall - offsetAt(wall + DAY, timeZone);
  const real = [before, after].filter((instant) => toZonedInputValue(new Date(instant), timeZone) === local);
  return new Date(real.length ? Math.min(...real) : before).toISOString();
}

function offsetAt(instant: number, timeZone?: string | null): number {
  const local = toZonedInputValue(new Date(instant), timeZone);
  const [date = '', time = ''] = local.split('T');
  const [y = 0, mo = 1, d = 1] = date.split('-').map(Number);
  const [h = 0, mi = 0] = time.split(':').map(Number);
  const seconds = new Date(instant).getUTCSeconds() * 1000 + new Date(instant).getUTCMilliseconds();
  return Date.UTC(y, mo - 1, d, h, mi) + seconds - instant;
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}
