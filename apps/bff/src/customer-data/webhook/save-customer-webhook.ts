import type { CustomerWebhook } from '@cxc/shared/api/customer-webhook';
import type { AppDeps } from '../../app-deps.ts';
import { type AuditActor, recordAudit } from '../../audit/record-audit.ts';
import { inTransaction } from '../../db/queryable.ts';
import { AppError } from '../../errors/app-error.ts';
import { checkWebhookHost } from '../../services/connection-issues/check-webhook-host.ts';
import { newWebhookSecret } from '../../services/webhooks/send-signed-webhook.ts';
import { customerWebhookContext, readCustomerWebhook } from './customer-webhook-store.ts';

type Deps = Pick<AppDeps, 'pool' | 'secretBox' | 'config'>;

/**
 * Customer changes leave the operator's network, so a deployment sends them over TLS only; plain http is
 * left to a developer machine (the same switch that lets it reach private hosts).
 */
async function checkUrl(url: string, allowPrivateHosts: boolean): Promise<void> {
  if (!allowPrivateHosts && new URL(url).protocol !== 'https:')
    throw new AppError('VALIDATION_FAILED', 'The webhook URL cannot be used.', [
      { path: ['url'], message: 'must be an https URL', code: 'https_required' },
    ]);
  await checkWebhookHost(url, allowPrivateHosts);
}

/**
 * Sets the URL and the switch. The first save generates the secret and returns it, once; later saves keep
 * it, so moving the receiver does not break its verification (rotation is its own action). Switching off
 * drops the pending announcement: nobody is listening, and the pull endpoint has every change anyway.
 */
export async function saveCustomerWebhook(
  deps: Deps,
  tenantId: string,
  input: { url: string; enabled: boolean },
  actor: AuditActor,
): Promise<CustomerWebhook & { secret: string | null }> {
  await checkUrl(input.url, deps.config.attachments.allowPrivateHosts);
  const secret = newWebhookSecret();
  const sealed = deps.secretBox.encrypt(secret, customerWebhookContext(tenantId));
  return inTransaction(deps.pool, async (db) => {
    const { rows } = await db.query<{ created: boolean }>(
      `insert into customer_webhooks (tenant_id, url, enabled, secret_sealed, created_by)
       values ($1, $2, $3, $4, $5)
       on conflict (tenant_id) do update set url = excluded.url, enabled = excluded.enabled
       returning (xmax = 0) as created`,
      [tenantId, input.url, input.enabled, sealed, actor.email],
    );
    if (!input.enabled)
      await db.query('delete from customer_webhook_deliveries where tenant_id = $1', [tenantId]);
    const created = rows[0]?.created === true;
    await recordAudit(db, {
      tenantId,
      actor,
      action: 'customer_data.webhook_saved',
      details: { url: input.url, enabled: input.enabled, ...(created ? { secret: 'generated' } : {}) },
    });
    return { ...(await readCustomerWebhook(db, tenantId)), secret: created ? secret : null };
  });
}

/** A new secret, returned once; the old one stops signing at once (the next attempt uses the new one). */
export async function rotateCustomerWebhookSecret(
  deps: Pick<AppDeps, 'pool' | 'secretBox'>,
  tenantId: string,
  actor: AuditActor,
): Promise<CustomerWebhook & { secret: string }> {
  const secret = newWebhookSecret();
  const sealed = deps.secretBox.encrypt(secret, customerWebhookContext(tenantId));
  return inTransaction(deps.pool, async (db) => {
    const { rowCount } = await db.query(
      `update customer_webhooks set secret_sealed = $2, secret_rotated_at = now() where tenant_id = $1`,
      [tenantId, sealed],
    );
    if (!rowCount) throw new AppError('NOT_FOUND', 'No customer webhook is set up.');
    await recordAudit(db, { tenantId, actor, action: 'customer_data.webhook_secret_rotated', details: {} });
    return { ...(await readCustomerWebhook(db, tenantId)), secret };
  });
}

/** Removes the webhook and what it had not announced yet (the delivery row goes with it). */
export async function deleteCustomerWebhook(
  pool: AppDeps['pool'],
  tenantId: string,
  actor: AuditActor,
): Promise<CustomerWebhook> {
  return inTransaction(pool, async (db) => {
    const removed = await db.query('delete from customer_webhooks where tenant_id = $1', [tenantId]);
    await db.query('delete from customer_webhook_deliveries where tenant_id = $1', [tenantId]);
    if (removed.rowCount)
      await recordAudit(db, { tenantId, actor, action: 'customer_data.webhook_deleted', details: {} });
    return readCustomerWebhook(db, tenantId);
  });
}
