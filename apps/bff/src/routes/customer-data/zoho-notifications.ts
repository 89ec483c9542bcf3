import express, { type RequestHandler, Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { CreditBudget } from '../../automation/zoho-calls/credit-budget.ts';
import type { MirrorRuntime } from '../../customer-data/sync/mirror-runtime.ts';
import { applyNotification } from '../../customer-data/watch/apply-notification.ts';
import { WATCH_CALLBACK_PATH } from '../../customer-data/watch/watch-channel.ts';
import { verifyCallback } from '../../customer-data/watch/watch-store.ts';
import { AppError } from '../../errors/app-error.ts';
import { toIssues } from '../../errors/zod-issues.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';

/** Zoho's channel and record ids are numbers, sent as strings or numbers. */
const zohoId = z.union([z.string().regex(/^\d{1,25}$/), z.number().int().nonnegative()]).transform(String);

/** What Zoho posts (v2 Notification API); other keys (server_time, resource_uri …) are not needed. */
const notificationSchema = z.object({
  channel_id: zohoId,
  token: z.string().max(100).nullable().optional(),
  module: z.string().min(1).max(100),
  operation: z.enum(['insert', 'update', 'delete']),
  ids: z.array(zohoId).max(10_000),
});

/**
 * `POST /api/customer-data/zoho-notifications`: Zoho's Notification API callbacks. Public like the events
 * intake (Zoho has no session): the channel id and its token are the credential, checked in constant time
 * against the stored hash; an unknown, expired or forged channel gets 403 with no detail. A verified
 * change is applied before the answer, so Zoho's delivery waits for it (and a failure is left to polling).
 */
export function zohoNotificationsRouter(deps: AppDeps): Router {
  const runtime: MirrorRuntime = {
    pool: deps.pool,
    logger: deps.logger,
    client: (tenantId) => getZohoClient(deps, tenantId),
    budget: new CreditBudget(deps.pool),
    sliceMs: 0,
    bulk: { threshold: 0, pollMs: deps.config.mirror.bulkPollMs },
    watch: null,
    now: Date.now,
  };
  const log = deps.logger.child({ component: 'customer-data-watch' });
  const receive: RequestHandler = async (req, res) => {
    const parsed = notificationSchema.safeParse(req.body);
    if (!parsed.success)
      throw new AppError(
        'VALIDATION_FAILED',
        'The notification is not one Zoho sends.',
        toIssues(parsed.error),
      );
    const n = parsed.data;
    const tenantId = await verifyCallback(deps.pool, n.channel_id, n.token ?? null, new Date());
    if (!tenantId) throw new AppError('FORBIDDEN', 'This notification is not accepted.');
    await applyNotification(runtime, tenantId, n).catch((error: unknown) => {
      log.warn({ err: error, tenantId, module: n.module }, 'a Zoho notification could not be applied');
    });
    res.set('cache-control', 'no-store').status(200).json({ accepted: true });
  };
  const router = Router();
  router.post(WATCH_CALLBACK_PATH, express.json({ limit: '512kb' }), receive);
  return router;
}
