import type { ConnectionIssue, IssueWebhookPayload } from '@cxc/shared/api/connection-issues';
import type { Queryable } from '../../db/queryable.ts';

interface Change {
  type: IssueWebhookPayload['type'];
  issue: ConnectionIssue & { tenantId: string };
}

/** Queues one delivery per change for tenants with a webhook; the body is fixed now and signed at send. */
export async function enqueueIssueDeliveries(db: Queryable, changes: Change[]): Promise<void> {
  if (changes.length === 0) return;
  const rows = changes.map(({ type, issue: { tenantId, ...issue } }) => ({
    tenant_id: tenantId,
    issue_id: issue.id,
    event: type,
    body: JSON.stringify({ type, tenantId, issue } satisfies IssueWebhookPayload),
  }));
  await db.query(
    `insert into issue_webhook_deliveries (tenant_id, issue_id, event, body)
     select d.tenant_id, d.issue_id, d.event, d.body
       from jsonb_to_recordset($1::jsonb) as d(tenant_id text, issue_id uuid, event text, body text)
      where exists (select 1 from issue_webhooks w where w.tenant_id = d.tenant_id)`,
    [JSON.stringify(rows)],
  );
}
