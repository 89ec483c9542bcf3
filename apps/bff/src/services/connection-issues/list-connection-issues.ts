import type { ConnectionIssue } from '@cxc/shared/api/connection-issues';
import type { Queryable } from '../../db/queryable.ts';
import { ISSUE_COLUMNS, type IssueRow, toIssue } from './issue-rows.ts';

/** How many closed issues the console shows under the open ones. */
const RECENTLY_CLOSED = 10;

export async function listConnectionIssues(
  db: Queryable,
  tenantId: string,
): Promise<{ open: ConnectionIssue[]; recentlyClosed: ConnectionIssue[] }> {
  const open = await db.query<IssueRow>(
    `select ${ISSUE_COLUMNS} from connection_issues
      where tenant_id = $1 and closed_at is null order by opened_at desc`,
    [tenantId],
  );
  const closed = await db.query<IssueRow>(
    `select ${ISSUE_COLUMNS} from connection_issues
      where tenant_id = $1 and closed_at is not null order by closed_at desc limit $2`,
    [tenantId, RECENTLY_CLOSED],
  );
  return { open: open.rows.map(toIssue), recentlyClosed: closed.rows.map(toIssue) };
}
