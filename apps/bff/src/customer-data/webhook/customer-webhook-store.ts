import {
  type CustomerWebhook,
  NO_CUSTOMER_WEBHOOK,
  type WebhookProblemView,
} from '@cxc/shared/api/customer-webhook';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Queryable } from '../../db/queryable.ts';

export const customerWebhookContext = (tenantId: string) => `customer-webhook:${tenantId}`;

interface Row {
  url: string;
  enabled: boolean;
  created_at: Date;
  secret_rotated_at: Date;
  last_status: 'delivered' | 'retrying' | 'given_up' | null;
  last_at: Date | null;
  last_problem: WebhookProblemView | null;
  changed: number | null;
  deleted: number | null;
  attempts: number | null;
  next_attempt_at: Date | null;
}

/** What the console shows: the URL, the switch, the last attempt and what waits (never the secret). */
export async function readCustomerWebhook(db: Queryable, tenantId: string): Promise<CustomerWebhook> {
  const { rows } = await db.query<Row>(
    `select w.url, w.enabled, w.created_at, w.secret_rotated_at, w.last_status, w.last_at, w.last_problem,
            d.changed, d.deleted, d.attempts, d.next_attempt_at
       from customer_webhooks w
       left join customer_webhook_deliveries d on d.tenant_id = w.tenant_id
      where w.tenant_id = $1`,
    [tenantId],
  );
  const row = rows[0];
  if (!row) return NO_CUSTOMER_WEBHOOK;
  return {
    configured: true,
    url: row.url,
    enabled: row.enabled,
    createdAt: row.created_at.toISOString(),
    secretRotatedAt: row.secret_rotated_at.toISOString(),
    last:
      row.last_status && row.last_at
        ? { status: row.last_status, at: row.last_at.toISOString(), problem: row.last_problem }
        : null,
    pending: row.next_attempt_at
      ? {
          changed: row.changed ?? 0,
          deleted: row.deleted ?? 0,
          attempts: row.attempts ?? 0,
          nextAttemptAt: row.next_attempt_at.toISOString(),
        }
      : null,
  };
}

/** The URL and the opened secret, for a delivery or a test; undefined when the tenant has no webhook. */
export async function readCustomerWebhookTarget(
  db: Queryable,
  secretBox: SecretBox,
  tenantId: string,
): Promise<{ url: string; secret: string; enabled: boolean } | undefined> {
  const { rows } = await db.query<{ url: string; secret_sealed: string; enabled: boolean }>(
    'select url, secret_sealed, enabled from customer_webhooks where tenant_id = $1',
    [tenantId],
  );
  const row = rows[0];
  if (!row) return undefined;
  const secret = secretBox.decrypt(row.secret_sealed, customerWebhookContext(tenantId));
  return { url: row.url, secret, enabled: row.enabled };
}
