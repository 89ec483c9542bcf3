import { ACTIVITY_EXPORT_LIMIT, type ActivityQuery } from '@cxc/shared/api/activity';
import type { AppDeps } from '../../app-deps.ts';
import { activityCsvHeader, activityCsvLine } from './activity-csv.ts';
import { activityFilter, EVENT_COLUMNS, type EventRow, toActivityEvent } from './activity-rows.ts';
import { zohoWebLinks } from './zoho-web-links.ts';

/** The filtered log as CSV text (newest first, at most ACTIVITY_EXPORT_LIMIT rows), CRLF line ends. */
export async function exportActivityCsv(
  deps: Pick<AppDeps, 'pool' | 'config'>,
  tenantId: string,
  query: Omit<ActivityQuery, 'page' | 'perPage'>,
): Promise<string> {
  const { where, values } = activityFilter(tenantId, query);
  const [{ rows }, webLink] = await Promise.all([
    deps.pool.query<EventRow>(
      `select ${EVENT_COLUMNS} from events e where ${where}
        order by e.received_at desc, e.seq desc limit ${ACTIVITY_EXPORT_LIMIT}`,
      values,
    ),
    zohoWebLinks(deps, tenantId),
  ]);
  const lines = [activityCsvHeader(), ...rows.map((row) => activityCsvLine(toActivityEvent(row, webLink)))];
  return `${lines.join('\r\n')}\r\n`;
}
