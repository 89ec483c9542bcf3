import type { MirrorModule } from '@cxc/shared/api/customer-data';
import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import { recordListSchema } from '../../zoho/zoho-schemas.ts';
import type { ZohoClient } from '../../zoho/zoho-client.ts';

export const PAGE_SIZE = 200;
/**
 * Pages reachable in one window. Zoho's later versions stop plain paging at 2,000 records (beyond needs
 * a page_token, which v2 does not have): the import never asks past page 10 of a window, it opens the
 * next window at the last Modified_Time it read instead (If-Modified-Since is inclusive).
 */
export const PAGES_PER_WINDOW = 10;

export interface ModifiedPage {
  records: ZohoRecord[];
  more: boolean;
}

/**
 * One page of a module's records modified at or after `since` (all records when null), oldest change
 * first: `GET /{module}?sort_by=Modified_Time&sort_order=asc&page=&per_page=200` with If-Modified-Since.
 * 204 and 304 are an empty page. Every field comes back (v2: `fields` is optional), so the mirror holds
 * the record's full values.
 */
export async function readModifiedPage(
  zoho: ZohoClient,
  module: MirrorModule,
  since: Date | null,
  page: number,
): Promise<ModifiedPage> {
  const response = await zoho.get(`/${module}`, {
    query: { sort_by: 'Modified_Time', sort_order: 'asc', page, per_page: PAGE_SIZE },
    schema: recordListSchema,
    ...(since ? { ifModifiedSince: since } : {}),
  });
  const data = response.data;
  if (!data) return { records: [], more: false };
  return { records: data.data, more: data.info.more_records === true };
}

/** A record's Modified_Time as an instant; null when absent or unreadable. */
export function modifiedAt(record: ZohoRecord): Date | null {
  const raw = record.Modified_Time;
  if (typeof raw !== 'string') return null;
  const at = new Date(raw);
  return Number.isNaN(at.getTime()) ? null : at;
}

/**
 * Where the next page comes from: the next page of this window, or (after page 10) a new window
 * starting at the last Modified_Time read. When a whole window shares one Modified_Time (a mass update
 * in Zoho), a new window would read the same records again, so paging goes on past page 10.
 */
export function nextCursor(
  cursor: { since: string | null; page: number },
  lastModified: Date | null,
  pagesPerWindow = PAGES_PER_WINDOW,
): { since: string | null; page: number } {
  if (cursor.page < pagesPerWindow || !lastModified) return { since: cursor.since, page: cursor.page + 1 };
  const since = lastModified.toISOString();
  if (cursor.since !== null && new Date(cursor.since).getTime() === lastModified.getTime())
    return { since: cursor.since, page: cursor.page + 1 };
  return { since, page: 1 };
}
