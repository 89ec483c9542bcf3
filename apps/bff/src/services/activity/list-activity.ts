import type { ActivityEvent, ActivityQuery } from '@cxc/shared/api/activity';
import type { AppDeps } from '../../app-deps.ts';
import { countEventRows, listEventRows } from '../../automation/store/event-rows.ts';
import { toActivityEvent } from './activity-rows.ts';
import { zohoWebLinks } from './zoho-web-links.ts';

export async function listActivity(
  deps: Pick<AppDeps, 'pool' | 'config'>,
  tenantId: string,
  query: ActivityQuery,
): Promise<{ events: ActivityEvent[]; total: number }> {
  const page = { limit: query.perPage, offset: (query.page - 1) * query.perPage };
  const [rows, total, webLink] = await Promise.all([
    listEventRows(deps.pool, tenantId, query, page),
    countEventRows(deps.pool, tenantId, query),
    zohoWebLinks(deps, tenantId),
  ]);
  return { events: rows.map((row) => toActivityEvent(row, webLink)), total };
}
