import type { ActivityEvent, ActivityQuery } from '@cxc/shared/api/activity';
import type { AppDeps } from '../../app-deps.ts';
import { activityFilter, EVENT_COLUMNS, type EventRow, toActivityEvent } from './activity-rows.ts';
import { zohoWebLinks } from './zoho-web-links.ts';

export async function listActivity(
  deps: Pick<AppDeps, 'pool' | 'config'>,
  tenantId: string,
  query: ActivityQuery,
): Promise<{ events: ActivityEvent[]; total: number }> {
  const { where, values } = activityFilter(tenantId, query);
  const [{ rows }, count, webLink] = await Promise.all([
    deps.pool.query<EventRow>(
      `select ${EVENT_COLUMNS} from events e where ${where}
        order by e.received_at desc, e.seq desc limit ${query.perPage} offset ${(query.page - 1) * query.perPage}`,
      values,
    ),
    deps.pool.query<{ total: string }>(`select count(*) as total from events e where ${where}`, values),
    zohoWebLinks(deps, tenantId),
  ]);
  return {
    events: rows.map((row) => toActivityEvent(row, webLink)),
    total: Number(count.rows[0]?.total ?? 0),
  };
}
