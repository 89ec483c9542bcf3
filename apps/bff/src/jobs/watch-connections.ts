import type { Logger } from 'pino';
import { deliverCustomerWebhooks } from '../customer-data/webhook/deliver-customer-webhooks.ts';
import {
  deliverIssueWebhooks,
  type DeliveryDeps,
} from '../services/connection-issues/deliver-issue-webhooks.ts';
import { evaluateIssues } from '../services/connection-issues/evaluate-issues.ts';

/** Issues are a matter of minutes (a 15-minute failure window, a 24-hour budget): half a minute is prompt. */
export const WATCH_INTERVAL_MS = 30_000;

export interface ConnectionWatch {
  /** One round now: check the issues, then send due webhook deliveries (issues, customers changed). */
  run(): Promise<void>;
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
  return {
    run,
    stop: () => clearInterval(timer),
  } satisfies ConnectionWatch;
}
