import type { ConnectionIssue } from '@cxc/shared/api/connection-issues';
import type { Pool } from 'pg';
import { inTransaction } from '../../db/queryable.ts';
import { enqueueIssueDeliveries } from './enqueue-issue-deliveries.ts';
import { ISSUE_COLUMNS, type IssueRow, toIssue } from './issue-rows.ts';
import { readIssueConditions } from './read-issue-conditions.ts';

export type IssueChanges =
  | { ran: false }
  | {
      ran: true;
      opened: (ConnectionIssue & { tenantId: string })[];
      closed: (ConnectionIssue & { tenantId: string })[];
    };

const withTenant = (row: IssueRow) => ({ ...toIssue(row), tenantId: row.tenant_id });

/**
 * Opens an issue for every problem that holds now, refreshes the ones still open, and closes those whose
 * problem is gone; each opening and closing is queued for the tenant's webhook in the same transaction.
 * Every engine process runs this periodically; a transaction-level advisory lock lets one at a time do
 * it, the others skip (their run would find nothing new).
 */
export async function evaluateIssues(pool: Pool): Promise<IssueChanges> {
  return inTransaction(pool, async (db): Promise<IssueChanges> => {
    const { rows: lock } = await db.query<{ locked: boolean }>(
      `select pg_try_advisory_xact_lock(hashtextextended('connection-issues', 0)) as locked`,
    );
    if (!lock[0]?.locked) return { ran: false };
    const conditions = JSON.stringify(await readIssueConditions(db));
    const upserted = await db.query<IssueRow & { inserted: boolean }>(
      `insert into connection_issues (tenant_id, kind, code, details)
       select tenant_id, kind, code, details
         from jsonb_to_recordset($1::jsonb) as c(tenant_id text, kind text, code text, details jsonb)
       on conflict (tenant_id, kind, code) where closed_at is null
       do update set last_seen_at = now(), details = excluded.details
       returning ${ISSUE_COLUMNS}, (xmax = 0) as inserted`,
      [conditions],
    );
    const closed = await db.query<IssueRow>(
      `update connection_issues i set closed_at = now()
        where closed_at is null and not exists (
          select 1 from jsonb_to_recordset($1::jsonb) as c(tenant_id text, kind text, code text)
           where c.tenant_id = i.tenant_id and c.kind = i.kind and c.code = i.code)
        returning ${ISSUE_COLUMNS}`,
      [conditions],
    );
    const changes = {
      ran: true as const,
      opened: upserted.rows.filter((row) => row.inserted).map(withTenant),
      closed: closed.rows.map(withTenant),
    };
    await enqueueIssueDeliveries(db, [
      ...changes.opened.map((issue) => ({ type: 'issue.opened' as const, issue })),
      ...changes.closed.map((issue) => ({ type: 'issue.resolved' as const, issue })),
    ]);
    return changes;
  });
}
