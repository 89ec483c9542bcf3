import type { IssueWebhook } from '@cxc/shared/api/connection-issues';
import type { Pool } from 'pg';
import { inTransaction } from '../../db/queryable.ts';
import { type AuditActor, recordAudit } from '../../audit/record-audit.ts';
import { readIssueWebhook } from './issue-webhook-store.ts';

/** Removes the webhook and drops what it had not delivered yet (nobody is there to receive it). */
export async function deleteIssueWebhook(
  pool: Pool,
  tenantId: string,
  actor: AuditActor,
): Promise<IssueWebhook> {
  return inTransaction(pool, async (db) => {
    const removed = await db.query('delete from issue_webhooks where tenant_id = $1', [tenantId]);
    await db.query(`delete from issue_webhook_deliveries where tenant_id = $1 and status = 'pending'`, [
      tenantId,
    ]);
    if (removed.rowCount)
      await recordAudit(db, { tenantId, actor, action: 'issues.webhook_deleted', details: {} });
    return readIssueWebhook(db, tenantId);
  });
}
