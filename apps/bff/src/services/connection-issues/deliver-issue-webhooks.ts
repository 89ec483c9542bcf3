import type { Pool } from 'pg';
import type { Logger } from 'pino';
import type { SecretBox } from '../../crypto/secret-box.ts';
import {
  deliveryBackoffSeconds,
  MAX_DELIVERY_ATTEMPTS,
  problemText,
  sendSignedWebhook,
  type WebhookSendDeps,
} from '../webhooks/send-signed-webhook.ts';
import { readWebhookTarget } from './issue-webhook-store.ts';

export { deliveryBackoffSeconds, MAX_DELIVERY_ATTEMPTS };

export interface DeliveryDeps extends WebhookSendDeps {
  pool: Pool;
  secretBox: SecretBox;
  logger: Logger;
}

/** A claimed row is not picked again for this long, so a crashed sender's rows come back by themselves. */
const LEASE_SECONDS = 120;

interface Claimed {
  id: string;
  tenant_id: string;
  body: string;
  attempts: number;
}

/**
 * Sends the due webhook deliveries once (the periodic job calls it; tests call it directly). Rows are
 * claimed by pushing their next attempt out by a lease, so several processes never send one twice at once.
 * Signed per attempt with a fresh timestamp, like the platform signs its events to us.
 */
export async function deliverIssueWebhooks(deps: DeliveryDeps, limit = 20): Promise<number> {
  const { rows } = await deps.pool.query<Claimed>(
    `update issue_webhook_deliveries set next_attempt_at = now() + make_interval(secs => $2)
      where id in (select id from issue_webhook_deliveries
                    where status = 'pending' and next_attempt_at <= now()
                    order by next_attempt_at limit $1 for update skip locked)
      returning id, tenant_id, body, attempts`,
    [limit, LEASE_SECONDS],
  );
  for (const row of rows) await deliver(deps, row);
  return rows.length;
}

async function deliver(deps: DeliveryDeps, row: Claimed): Promise<void> {
  const log = deps.logger.child({ component: 'issue-webhook', tenantId: row.tenant_id, delivery: row.id });
  const target = await readWebhookTarget(deps.pool, deps.secretBox, row.tenant_id);
  if (!target) {
    await finish(deps.pool, row.id, 'failed', 'the webhook was removed');
    return;
  }
  const outcome = await sendSignedWebhook(
    { ...target, body: row.body, deliveryId: row.id, userAgent: 'cx-connector-zoho/issues' },
    deps,
  );
  if (outcome.delivered) {
    await finish(deps.pool, row.id, 'delivered', null);
    return;
  }
  const problem = problemText(outcome.problem);
  const attempts = row.attempts + 1;
  // The URL is the admin's; only the status or a short reason is logged, never the body or headers.
  log.warn({ attempts, problem }, 'issue webhook delivery failed');
  if (attempts >= MAX_DELIVERY_ATTEMPTS) {
    await deps.pool.query(
      `update issue_webhook_deliveries set status = 'failed', attempts = $2, last_error = $3 where id = $1`,
      [row.id, attempts, problem],
    );
    return;
  }
  await deps.pool.query(
    `update issue_webhook_deliveries
        set attempts = $2, last_error = $3, next_attempt_at = now() + make_interval(secs => $4)
      where id = $1`,
    [row.id, attempts, problem, deliveryBackoffSeconds(attempts)],
  );
}

async function finish(pool: Pool, id: string, status: 'delivered' | 'failed', error: string | null) {
  await pool.query(
    `update issue_webhook_deliveries
        set status = $2, attempts = attempts + 1, last_error = $3,
            delivered_at = case when $2 = 'delivered' then now() end
      where id = $1`,
    [id, status, error],
  );
}
