import { conversationEventSchema } from '@cxc/shared/domain/events';
import type { Plan } from '@cxc/shared/domain/plan-schema';
import type { ZohoDeps } from '../../zoho/get-zoho-client.ts';
import { inTransaction } from '../../db/queryable.ts';
import { readConnection } from '../../zoho/connection-store.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';
import { editionConcurrency } from '../../zoho/runtime.ts';
import type { ZohoClient } from '../../zoho/zoho-client.ts';
import { getCurrentSettings } from '../settings/get-settings.ts';
import { type EngineOptions, retryDelayMs } from './engine-options.ts';
import { type PendingEvent, readOutbox, savePlan, setEventStatus, startAttempt } from './engine-store.ts';
import { executeOperation, RecordRefusedError, type ExecutionContext } from './execute-operation.ts';
import { classifyError } from './explain-failure.ts';
import { acquireOrgSlot } from './org-slot.ts';
import { planEvent, skipWithoutZoho } from './plan-event.ts';

/** A failure while performing one operation, so the log can say which record it was about. */
class OperationError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly module: Plan['operations'][number]['module'],
    readonly step: number,
  ) {
    super('operation failed');
  }
}

/** Where the event ended up after this attempt; `retryAt` when it should run again by itself. */
export type EventResult = { final: true } | { final: false; retryAt: Date | undefined };

/** A plan that will not write anything: skipped with its reason, or failed for a blocking issue. */
async function settleWithoutWrites(
  deps: ZohoDeps,
  event: PendingEvent,
  plan: Plan,
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
  if (plan.status === 'needs_review') {
    await inTransaction(deps.pool, async (db) => {
      await savePlan(db, event.id, plan);
      await setEventStatus(db, event.id, { status: 'skipped', skipReason: 'needs_review', ...common });
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

async function runOperations(
  deps: ZohoDeps,
  client: ZohoClient,
  event: PendingEvent,
  options: EngineOptions,
): Promise<void> {
  const connection = await readConnection(deps.pool, event.tenantId);
  const limit = Math.max(1, editionConcurrency(connection?.org?.edition) - options.orgHeadroom);
  const slot = await acquireOrgSlot(deps.pool, client.connectionId, limit);
  try {
    const ctx: ExecutionContext = {
      pool: deps.pool,
      client,
      eventId: event.id,
      tenantId: event.tenantId,
      conversationId: event.conversationId,
      ids: new Map(),
    };
    for (const row of await readOutbox(deps.pool, event.id)) {
      try {
        await executeOperation(ctx, row);
      } catch (error) {
        throw error instanceof RecordRefusedError
          ? error
          : new OperationError(error, row.operation.module, row.step);
      }
    }
  } finally {
    await slot.release();
  }
}

/**
 * One attempt at one event: plan it once (stored with its outbox), perform the operations not done yet,
 * and record where it ended. Never throws for Zoho's failures: they become the event's status.
 */
export async function processEvent(
  deps: ZohoDeps,
  event: PendingEvent,
  options: EngineOptions,
): Promise<EventResult> {
  const attempt = await startAttempt(deps.pool, event.id);
  try {
    const parsed = conversationEventSchema.parse(event.payload);
    let plan = event.plan;
    if (!plan) {
      const { settings } = await getCurrentSettings(deps.pool, event.tenantId);
      const early = skipWithoutZoho(settings, parsed);
      if (early) {
        await setEventStatus(deps.pool, event.id, {
          status: 'skipped',
          skipReason: early.reason,
          evaluations: early.evaluations,
        });
        return { final: true };
      }
      const client = await getZohoClient(deps, event.tenantId);
      plan = await planEvent(deps, client, settings, parsed);
      const settled = await settleWithoutWrites(deps, event, plan);
      if (settled) return settled;
      await inTransaction(deps.pool, (db) => savePlan(db, event.id, plan as Plan));
      await runOperations(deps, client, event, options);
    } else {
      await runOperations(deps, await getZohoClient(deps, event.tenantId), event, options);
    }
    await setEventStatus(deps.pool, event.id, { status: 'done' });
    return { final: true };
  } catch (error) {
    if (error instanceof RecordRefusedError) {
      await setEventStatus(deps.pool, event.id, { status: 'failed', error: error.failure });
      return { final: true };
    }
    const outcome =
      error instanceof OperationError
        ? classifyError(error.cause, error.module, error.step)
        : classifyError(error, null, null);
    if (outcome.kind === 'not_connected') {
      await setEventStatus(deps.pool, event.id, {
        status: 'skipped',
        skipReason: 'not_connected',
        error: outcome.error,
      });
      return { final: true };
    }
    if (outcome.kind === 'wait_reconnect') {
      await setEventStatus(deps.pool, event.id, { status: 'waiting_reconnect', error: outcome.error });
      return { final: false, retryAt: undefined };
    }
    if (outcome.kind === 'fail' || attempt >= options.maxAttempts) {
      if (outcome.error.code === 'internal')
        deps.logger.error({ err: error, eventId: event.id }, 'event failed');
      await setEventStatus(deps.pool, event.id, { status: 'failed', error: outcome.error });
      return { final: true };
    }
    if (outcome.error.code === 'internal')
      deps.logger.warn({ err: error, eventId: event.id }, 'event attempt failed');
    const retryAt = new Date(Date.now() + retryDelayMs(attempt, options));
    await setEventStatus(deps.pool, event.id, {
      status: 'retrying',
      error: outcome.error,
      nextAttemptAt: retryAt,
    });
    return { final: false, retryAt };
  }
}
