import type { TranscriptEntry } from './event-parts.ts';

/** `2024-05-01 12:00:05 Europe/Berlin`: readable in a CRM text field, with the zone spelled out. */
export function formatDateTime(iso: string, timeZone = 'UTC'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')} ${timeZone}`;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Zoho's `Call_Duration` wants `mm:ss`; minutes keep counting past 59 (`75:03`). */
export function formatMmSs(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** Zoho's DateTime input format: `yyyy-MM-ddTHH:mm:ss±HH:mm` (no milliseconds, no `Z`). */
export function toZohoDateTime(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19)}+00:00`;
}

export function toZohoDate(iso: string, timeZone = 'UTC'): string {
  return formatDateTime(iso, timeZone).slice(0, 10);
}

const SPEAKER: Record<TranscriptEntry['from'], string> = {
  visitor: 'Visitor',
  agent: 'Agent',
  system: 'System',
};

/** One line per message: `[2024-05-01 12:00:05 UTC] Ada (Visitor): Hello`; `speakers` in the tenant's language. */
export function renderTranscript(
  entries: readonly TranscriptEntry[],
  timeZone = 'UTC',
  speakers: Record<TranscriptEntry['from'], string> = SPEAKER,
): string {
  return entries
    .map((e) => {
      const who = e.authorName ? `${e.authorName} (${speakers[e.from]})` : speakers[e.from];
      return `[${formatDateTime(e.at, timeZone)}] ${who}: ${e.text}`;
    })
    .join('\n');
}

export function renderKeyValues(record: Readonly<Record<string, unknown>>): string {
  return Object.entries(record)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join('\n');
}
