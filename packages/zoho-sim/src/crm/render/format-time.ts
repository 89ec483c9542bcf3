const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    });
    formatters.set(timeZone, fmt);
  }
  return fmt;
}

/** Zoho renders times as ISO-8601 with the offset of the org's zone: `2026-11-21T05:06:07-05:00`. */
export function formatZoned(ms: number, timeZone: string): string {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  const offset = (parts.timeZoneName ?? 'GMT').replace('GMT', '') || '+00:00';
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

/** The zone's UTC offset in milliseconds at `ms` (Users API `offset`). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const text = formatZoned(ms, timeZone);
  const m = /([+-])(\d{2}):(\d{2})$/.exec(text);
  if (!m) return 0;
  const sign = m[1] === '-' ? -1 : 1;
  return sign * (Number(m[2]) * 3_600_000 + Number(m[3]) * 60_000);
}

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;

/** Parses Zoho's date-time input (offset or `Z` required); undefined when malformed. */
export function parseZoned(text: string): number | undefined {
  if (!ISO_WITH_ZONE.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Parses an `If-Modified-Since` header: Zoho's ISO form, or the RFC 7231 HTTP-date some clients send. */
export function parseIfModifiedSince(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const iso = parseZoned(text.trim());
  if (iso !== undefined) return iso;
  const http = Date.parse(text);
  return Number.isNaN(http) ? undefined : http;
}
