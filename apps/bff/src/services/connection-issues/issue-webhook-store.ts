import type { IssueWebhook } from '@cxc/shared/api/connection-issues';
import type { Queryable } from '../../db/queryable.ts';
import type { SecretBox } from '../../crypto/secret-box.ts';

export const issueWebhookContext = (tenantId: string) => `issue-webhook:${tenantId}`;

export async function readIssueWebhook(db: Queryable, tenantId: string): Promise<IssueWebhook> {
  const { rows } = await db.query<{ url: string; created_at: Date }>(
    'select url, created_at from issue_webhooks where tenant_id = $1',
    [tenantId],
  );
  const row = rows[0];
  return row
    ? { configured: true, url: row.url, createdAt: row.created_at.toISOString() }
    : { configured: false, url: null, createdAt: null };
}

/** The URL and the opened secret, for a delivery; undefined when the tenant removed the webhook. */
export async function readWebhookTarget(
  db: Queryable,
  secretBox: SecretBox,
  tenantId: string,
): Promise<{ url: string; secret: string } | undefined> {
  const { rows } = await db.query<{ url: string; secret_sealed: string }>(
    'select url, secret_sealed from issue_webhooks where tenant_id = $1',
    [tenantId],
  );
  const row = rows[0];
  if (!row) return undefined;
  return { url: row.url, secret: secretBox.decrypt(row.secret_sealed, issueWebhookContext(tenantId)) };
}
