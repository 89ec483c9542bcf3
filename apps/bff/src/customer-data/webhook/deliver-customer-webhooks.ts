import type { CustomersChangedPayload } from '@cxc/shared/api/customer-webhook';
import type { Pool } from 'pg';
import type { DeliveryDeps } from '../../services/connection-issues/deliver-issue-webhooks.ts';
import {
  deliveryBackoffSeconds,
  MAX_DELIVERY_ATTEMPTS,
  problemText,
  sendSignedWebhook,
  type WebhookProblem,
} from '../../services/webhooks/send-signed-webhook.ts';
import { encodeCursor } from '../platform/customer-cursor.ts';
import { readCustomerWebhookTarget } from './customer-webhook-store.ts';
import { USER_AGENT } from './test-customer-webhook.ts';

/** A claimed row is not picked again for this long, so a crashed sender's rows come back by themselves. */
const LEASE_SECONDS = 120;

interface Claimed {
  tenant_id: string;
  delivery_id: string;
  from_seq: string;
  to_seq: string;
  changed: number;
  deleted: number;
  version: number;
  attempts: number;
  created_at: Date;
}

/**
 * Sends the due "customers changed" announcements once (the connection watch job calls it every half
 * minute in every engine process; tests call it directly). Claimed with a lease and `skip locked`, so two
 * processes never send one row at once, and a row a sync is joining right now is simply taken next round.
 */
export async function deliverCustomerWebhooks(deps: DeliveryDeps, limit = 20): Promise<number> {
  const { rows } = await deps.pool.query<Claimed>(
    `update customer_webhook_deliveries set next_attempt_at = now() + make_interval(secs => $2)
      where tenant_id in (select tenant_id from customer_webhook_deliveries where next_attempt_at <= now()
                           order by next_attempt_at limit $1 for update skip locked)
      returning tenant_id, delivery_id, from_seq::text, to_seq::text, changed, deleted, version, attempts,
                created_at`,
    [limit, LEASE_SECONDS],
  );
  for (const row of rows) await deliver(deps, row);
  return rows.length;
}

function payload(row: Claimed): string {
  return JSON.stringify({
    type: 'customers.changed',
    tenantId: row.tenant_id,
    changed: row.changed,
    deleted: row.deleted,
    // `from` is the cursor just before the first change, so paging from it includes that change.
    cursor: { from: encodeCursor(BigInt(row.from_seq) - 1n), to: encodeCursor(BigInt(row.to_seq)) },
    time: row.created_at.toISOString(),
  } satisfies CustomersChangedPayload);
}

async function deliver(deps: DeliveryDeps, row: Claimed): Promise<void> {
  const target = await readCustomerWebhookTarget(deps.pool, deps.secretBox, row.tenant_id);
  if (!target?.enabled) {
    await deps.pool.query('delete from customer_webhook_deliveries where tenant_id = $1', [row.tenant_id]);
    return;
  }
  const outcome = await sendSignedWebhook(
    { ...target, body: payload(row), deliveryId: row.delivery_id, userAgent: USER_AGENT },
    deps,
  );
  if (outcome.delivered) {
    await takeOffSent(deps.pool, row);
    await recordLast(deps.pool, row.tenant_id, 'delivered', null);
    return;
  }
  const attempts = row.attempts + 1;
  // Only the status or a short reason is logged, never the URL's answer, the body or the headers.
  deps.logger
    .child({ component: 'customer-webhook', tenantId: row.tenant_id, delivery: row.delivery_id })
    .warn({ attempts, problem: problemText(outcome.problem) }, 'customer webhook delivery failed');
  if (attempts >= MAX_DELIVERY_ATTEMPTS) {
    // Given up: the platform still gets every change by paging; the console shows why it was not told.
    await takeOffSent(deps.pool, row);
    await recordLast(deps.pool, row.tenant_id, 'given_up', outcome.problem);
    return;
  }
  // Changes that join meanwhile ride along on the next attempt.
  await deps.pool.query(
    `update customer_webhook_deliveries set attempts = $2, next_attempt_at = now() + make_interval(secs => $3)
      where tenant_id = $1`,
    [row.tenant_id, attempts, deliveryBackoffSeconds(attempts)],
  );
  await recordLast(deps.pool, row.tenant_id, 'retrying', outcome.problem);
}

/**
 * Removes what this attempt announced. When a sync joined more changes while it was in flight (another
 * version), those stay pending as a new delivery from just after what was sent.
 */
async function takeOffSent(pool: Pool, row: Claimed): Promise<void> {
  const { rowCount } = await pool.query(
    'delete from customer_webhook_deliveries where tenant_id = $1 and version = $2',
    [row.tenant_id, row.version],
  );
  if (rowCount) return;
  await pool.query(
    `update customer_webhook_deliveries
        set from_seq = $2::bigint + 1, changed = greatest(0, changed - $3), deleted = greatest(0, deleted - $4),
            delivery_id = gen_random_uuid(), attempts = 0, next_attempt_at = now(), created_at = now()
      where tenant_id = $1`,
    [row.tenant_id, row.to_seq, row.changed, row.deleted],
  );
}

async function recordLast(
  pool: Pool,
  tenantId: string,
  status: 'delivered' | 'retrying' | 'given_up',
  problem: WebhookProblem | null,
): Promise<void> {
  await pool.query(
    `update customer_webhooks set last_status = $2, last_at = now(), last_problem = $3 where tenant_id = $1`,
    [tenantId, status, problem === null ? null : JSON.stringify(problem)],
  );
}
