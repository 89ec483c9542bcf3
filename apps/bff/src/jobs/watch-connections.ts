import type { Logger } from 'pino';
import { deliverCustomerWebhooks } from '../customer-data/webhook/deliver-customer-webhooks.ts';
import {
  deliverIssueWebhooks,
  type DeliveryDeps,
} from '../services/connection-issues/deliver-issue-webhooks.ts';
import { evaluateIssues } from '../services/connection-issues/evaluate-issues.ts';

/** Issues are a matter of minutes (a 15-minute failure window, a 24-hour budget): half a minute is prompt. */
export const WATCH_INTERVAL_MS = 30_000;

/**
 * A nudged "customers changed" announcement waits until the writes have been quiet this long, so a sync's
 * pages (one transaction each, usually well under a second apart) still make one announcement ...
 */
export const CUSTOMER_WEBHOOK_SETTLE_MS = 2_000;
/** ... but no longer than this after the first nudge, so a long import still announces as it goes. */
export const CUSTOMER_WEBHOOK_MAX_WAIT_MS = 10_000;

export interface ConnectionWatch {
  /** One round now: check the issues, then send due webhook deliveries (issues, customers changed). */
  run(): Promise<void>;
  /** A tenant's changes committed: send the pending announcement once the writes settle. */
  nudgeCustomerWebhooks(): void;
  stop(): void;
}

/**
 * The connection-health job of an engine process: every process runs it, the check's advisory lock lets
 * one at a time compute the issues, and deliveries are claimed row by row.
 */
export function startConnectionWatch(
  deps: DeliveryDeps & { logger: Logger },
  intervalMs = WATCH_INTERVAL_MS,
) {
  const log = deps.logger.child({ component: 'connection-watch' });
  let running: Promise<void> | undefined;
  const run = () => {
    // One round at a time in this process: a slow webhook must not stack rounds up.
    running ??= (async () => {
      await evaluateIssues(deps.pool);
      await deliverIssueWebhooks(deps);
      // The platform's "customers changed" announcements share this round: half a minute also gives a
      // sync's pages time to coalesce into one announcement.
      await deliverCustomerWebhooks(deps);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };
  const timer = setInterval(() => {
    run().catch((error: unknown) => log.warn({ err: error }, 'connection watch failed'));
  }, intervalMs);
  timer.unref();

  // Leases and `skip locked` keep a nudged send and the sweep (here or in another process) off one row;
  // nudged sends in this process run one after another.
  let sending: Promise<unknown> = Promise.resolve();
  let settle: NodeJS.Timeout | undefined;
  let firstNudgeAt: number | undefined;
  const send = () => {
    settle = undefined;
    firstNudgeAt = undefined;
    sending = sending
      .then(() => deliverCustomerWebhooks(deps))
      .catch((error: unknown) => log.warn({ err: error }, 'customer webhook delivery round failed'));
  };
  const nudgeCustomerWebhooks = () => {
    const now = Date.now();
    firstNudgeAt ??= now;
    if (settle) clearTimeout(settle);
    const wait = Math.min(CUSTOMER_WEBHOOK_SETTLE_MS, firstNudgeAt + CUSTOMER_WEBHOOK_MAX_WAIT_MS - now);
    settle = setTimeout(send, Math.max(0, wait));
    settle.unref();
  };
  return {
    run,
    nudgeCustomerWebhooks,
    stop: () => {
      clearInterval(timer);
      if (settle) clearTimeout(settle);
    },
  } satisfies ConnectionWatch;
}
