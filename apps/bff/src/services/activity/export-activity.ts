import { ACTIVITY_EXPORT_LIMIT, type ActivityQuery } from '@cxc/shared/api/activity';
import type { AppDeps } from '../../app-deps.ts';
import { listEventRows } from '../../automation/store/event-rows.ts';
import { activityCsvHeader, activityCsvLine } from './activity-csv.ts';
import { toActivityEvent } from './activity-rows.ts';
import { zohoWebLinks } from './zoho-web-links.ts';

/** The filtered log as CSV text (newest first, at most ACTIVITY_EXPORT_LIMIT rows), CRLF line ends. */
export async function exportActivityCsv(
  deps: Pick<AppDeps, 'pool' | 'config'>,
  tenantId: string,
  query: Omit<ActivityQuery, 'page' | 'perPage'>,
): Promise<string> {
  const [rows, webLink] = await Promise.all([
    listEventRows(deps.pool, tenantId, query, { limit: ACTIVITY_EXPORT_LIMIT }),
    zohoWebLinks(deps, tenantId),
  ]);
  const lines = [activityCsvHeader(), ...rows.map((row) => activityCsvLine(toActivityEvent(row, webLink)))];
  return `${lines.join('\r\n')}\r\n`;
}
