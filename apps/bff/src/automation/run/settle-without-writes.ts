import type { Plan } from '@cxc/shared/domain/plan-schema';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { inTransaction } from '../../db/queryable.ts';
import type { ZohoDeps } from '../../app-deps.ts';
import { hasLaterWork, moveToBack } from '../store/conversation-history.ts';
import { type PendingEvent, savePlan, setEventStatus } from '../store/event-store.ts';
import { openReview } from '../store/match-reviews.ts';

/** Where the event ended up after this attempt; `retryAt` when it should run again by itself. */
export type EventResult = { final: true } | { final: false; retryAt: Date | undefined };

/** How soon a held late event looks again for its record: soon at first, then every few minutes. */
const HOLD_STEPS_MS = [5_000, 15_000, 60_000, 300_000];

/**
 * Late call data that came before its call's record: waits, bounded by the admin's hold time. When the
 * conversation has later events (the call's own, most likely) it steps behind them, so it never blocks
 * the event it waits for.
 */
async function hold(
  deps: ZohoDeps,
  event: PendingEvent,
  settings: IntegrationSettings,
): Promise<EventResult> {
  const deadline = event.receivedAt.getTime() + settings.records.lateData.holdMinutes * 60_000;
  if (Date.now() >= deadline) {
    await setEventStatus(deps.pool, event.id, { status: 'skipped', skipReason: 'late_data_unused' });
    return { final: true };
  }
  const later = await hasLaterWork(deps.pool, event.tenantId, event.conversationId, event.id);
  const step = HOLD_STEPS_MS[Math.min(event.attempts - 1, HOLD_STEPS_MS.length - 1)] ?? 300_000;
  const retryAt = new Date(later ? Date.now() : Math.min(deadline, Date.now() + step));
  await inTransaction(deps.pool, async (db) => {
    if (later) await moveToBack(db, event.id);
    await setEventStatus(db, event.id, {
      status: 'retrying',
      nextAttemptAt: retryAt,
      error: {
        code: 'waiting_for_record',
        message: 'This data belongs to a conversation whose record does not exist yet; it waits for it.',
        module: null,
        field: null,
        step: null,
      },
    });
  });
  return { final: false, retryAt };
}

/** A plan that will not write anything: skipped with its reason, held, waiting for review, or failed. */
export async function settleWithoutWrites(
  deps: ZohoDeps,
  event: PendingEvent,
  plan: Plan,
  settings: IntegrationSettings,
): Promise<EventResult | undefined> {
  const common = { rule: plan.rule, evaluations: plan.evaluations };
  if (plan.status === 'skipped') {
    await setEventStatus(deps.pool, event.id, {
      status: 'skipped',
      skipReason: plan.skipReason ?? 'no_rule_matched',
      ...common,
    });
    return { final: true };
  }
  if (plan.status === 'waiting') return hold(deps, event, settings);
  if (plan.status === 'needs_review') {
    const identified = plan.identified;
    await inTransaction(deps.pool, async (db) => {
      await savePlan(db, event.id, plan);
      await setEventStatus(db, event.id, { status: 'skipped', skipReason: 'needs_review', ...common });
      if (identified?.outcome === 'needs_review')
        await openReview(
          db,
          {
            tenantId: event.tenantId,
            eventId: event.id,
            conversationId: event.conversationId,
            channel: plan.channel,
            module: identified.module,
          },
          identified.people ??
            identified.candidates.map((id) => ({
              id,
              name: null,
              email: null,
              phone: null,
              owner: null,
              account: null,
              modifiedTime: null,
            })),
        );
    });
    return { final: true };
  }
  if (plan.status === 'blocked') {
    const issue = plan.issues.find((i) => i.severity === 'error');
    const error = {
      code: issue?.code ?? 'blocked',
      message: `The settings cannot produce a valid record: ${issue?.code ?? 'blocked'}${issue?.field ? ` (${issue.module ?? ''} ${issue.field})` : ''}. Fix the mapping, then retry.`,
      module: issue?.module ?? null,
      field: issue?.field ?? null,
      step: null,
    };
    await inTransaction(deps.pool, async (db) => {
      await savePlan(db, event.id, plan);
      await setEventStatus(db, event.id, { status: 'failed', error, ...common });
    });
    return { final: true };
  }
  return undefined;
}
