import type { IssueWebhook } from '@cxc/shared/api/connection-issues';
import type { AppDeps } from '../../app-deps.ts';
import { inTransaction } from '../../db/queryable.ts';
import { type AuditActor, recordAudit } from '../../audit/record-audit.ts';
import { newWebhookSecret } from '../webhooks/send-signed-webhook.ts';
import { checkWebhookHost } from './check-webhook-host.ts';
import { issueWebhookContext, readIssueWebhook } from './issue-webhook-store.ts';

/**
 * Sets the tenant's issue webhook with a fresh secret, returned once. A new secret each time: saving is
 * also how an admin rotates it (the receiver is updated together with the URL anyway).
 */
export async function saveIssueWebhook(
  deps: Pick<AppDeps, 'pool' | 'secretBox' | 'config'>,
  tenantId: string,
  url: string,
  actor: AuditActor,
): Promise<IssueWebhook & { secret: string }> {
  await checkWebhookHost(url, deps.config.attachments.allowPrivateHosts);
  const secret = newWebhookSecret();
  return inTransaction(deps.pool, async (db) => {
    await db.query(
      `insert into issue_webhooks (tenant_id, url, secret_sealed, created_by) values ($1, $2, $3, $4)
       on conflict (tenant_id) do update
         set url = excluded.url, secret_sealed = excluded.secret_sealed,
             created_by = excluded.created_by, created_at = now()`,
      [tenantId, url, deps.secretBox.encrypt(secret, issueWebhookContext(tenantId)), actor.email],
    );
    await recordAudit(db, { tenantId, actor, action: 'issues.webhook_saved', details: { url } });
    return { ...(await readIssueWebhook(db, tenantId)), secret };
  });
}
