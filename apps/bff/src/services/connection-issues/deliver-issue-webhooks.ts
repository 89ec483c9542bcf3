import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { ISSUE_WEBHOOK_HEADERS } from '@cxc/shared/api/connection-issues';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import type { SecretBox } from '../../crypto/secret-box.ts';
import { guardedLookup } from '../../net/guarded-lookup.ts';
import { isPrivateAddress } from '../../net/private-address.ts';
import { signEvent } from '../../automation/intake/sign-event.ts';
import { readWebhookTarget } from './issue-webhook-store.ts';

export interface DeliveryDeps {
  pool: Pool;
  secretBox: SecretBox;
  logger: Logger;
  /** SSRF guard off (development, tests): the same switch as attachment downloads. */
  allowPrivateHosts: boolean;
}

/** After this many failed attempts (about two hours of backoff) a delivery is given up. */
export const MAX_DELIVERY_ATTEMPTS = 8;
const BACKOFF_BASE_SECONDS = 30;
const BACKOFF_MAX_SECONDS = 3600;
const TIMEOUT_MS = 10_000;
/** A claimed row is not picked again for this long, so a crashed sender's rows come back by themselves. */
const LEASE_SECONDS = 120;

interface Claimed {
  id: string;
  tenant_id: string;
  body: string;
  attempts: number;
}

/** 30 s, 1 min, 2 min … up to an hour, after the n-th failed attempt. */
export function deliveryBackoffSeconds(failedAttempts: number): number {
  return Math.min(BACKOFF_MAX_SECONDS, BACKOFF_BASE_SECONDS * 2 ** Math.max(0, failedAttempts - 1));
}

/** POSTs the body; resolves with the HTTP status, rejects on network errors, refusals and timeouts. */
function post(url: URL, headers: Record<string, string>, body: string, deps: DeliveryDeps): Promise<number> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // An IP literal is connected to without a lookup, so it is checked here; host names at connect time.
  if (!deps.allowPrivateHosts && isIP(host) !== 0 && isPrivateAddress(host))
    return Promise.reject(new Error('private or local address'));
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      ...(deps.allowPrivateHosts ? {} : { lookup: guardedLookup() }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    // Redirects are not followed (a 3xx is a failure): the admin gave one URL, and a hop could lead inside.
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

function failureText(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'EPRIVATE' || (error instanceof Error && error.message === 'private or local address'))
    return 'the address is private or local';
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return 'timed out';
  return typeof code === 'string' ? `network error ${code}` : 'network error';
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
  const timestamp = String(Math.floor(Date.now() / 1000));
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'cx-connector-zoho/issues',
    [ISSUE_WEBHOOK_HEADERS.timestamp]: timestamp,
    [ISSUE_WEBHOOK_HEADERS.signature]: signEvent(target.secret, timestamp, row.body),
    [ISSUE_WEBHOOK_HEADERS.delivery]: row.id,
  };
  let problem: string;
  try {
    const status = await post(new URL(target.url), headers, row.body, deps);
    if (status >= 200 && status < 300) {
      await finish(deps.pool, row.id, 'delivered', null);
      return;
    }
    problem = `HTTP ${status}`;
  } catch (error) {
    problem = failureText(error);
  }
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
