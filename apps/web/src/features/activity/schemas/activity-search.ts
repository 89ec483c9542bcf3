import { type ActivityQuery, activityQuerySchema } from '@cxc/shared/api/activity';

/** The filter params the log keeps in its URL (paging aside). */
export const FILTER_KEYS = ['status', 'channel', 'type', 'from', 'to', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type ActivityFilters = Partial<Record<FilterKey, string>>;

/**
 * The log's URL state. Every param `.catch()`es in the shared schema, so `?status=nope&page=-1` shows
 * the first page unfiltered instead of an error; an empty `q` counts as no search.
 */
export function parseActivitySearch(search: URLSearchParams): ActivityQuery {
  const raw: Record<string, string> = {};
  for (const key of [...FILTER_KEYS, 'page', 'perPage'] as const) {
    const value = search.get(key);
    if (value !== null && value !== '') raw[key] = value;
  }
  const parsed = activityQuerySchema.parse(raw);
  return parsed.q === '' ? { ...parsed, q: undefined } : parsed;
}

/**
 * The URL after a filter change: changed keys set (empty → removed) and the page back to 1, since
 * page 4 of the old result means nothing in the new one. Unrelated params stay.
 */
export function withFilters(search: URLSearchParams, changes: ActivityFilters): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [key, value] of Object.entries(changes)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  next.delete('page');
  return next;
}

export function withPage(search: URLSearchParams, page: number): URLSearchParams {
  const next = new URLSearchParams(search);
  if (page === 1) next.delete('page');
  else next.set('page', String(page));
  return next;
}

/** The filters as query params of another request (the CSV export), without paging. */
export function filterParams(query: ActivityQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** `<input type="date">` value (the admin's local day) → the instant that day starts, as ISO. */
export function dayStart(day: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const date = new Date(`${day}T00:00:00`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** "To" is inclusive on screen but exclusive in the API: the instant the day after starts. */
export function dayEnd(day: string): string | undefined {
  const start = dayStart(day);
  if (!start) return undefined;
  const date = new Date(start);
  date.setDate(date.getDate() + 1);
  return date.toISOString();
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Back from the URL's instant to the date field's local day (`to`: the day before the exclusive end). */
export function dayOf(iso: string | undefined, end = false): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  if (end) date.setTime(date.getTime() - 1);
  return localDay(date);
}
