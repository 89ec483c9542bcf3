import { identificationLookup } from '../../customer-data/index/identification-lookup.ts';
import { conversationEventSchema } from '@cxc/shared/domain/events';
import type { Plan } from '@cxc/shared/domain/plan-schema';
import type { ActivityError } from '@cxc/shared/api/activity';
import type { ZohoModule } from '@cxc/shared/domain/modules';
import type { ZohoClient } from '../../zoho/zoho-client.ts';
import { givesUp, retryDelayMs } from './engine-options.ts';
import { engineClient, type EngineRuntime } from './engine-runtime.ts';
import {
  type PendingEvent,
  readOutbox,
  savePlan,
  setEventStatus,
  startAttempt,
} from '../store/event-store.ts';
import { executeOperation, RecordRefusedError, type ExecutionContext } from './execute-operation.ts';
import { ATTACHMENT_DEFERRED, classifyError } from './explain-failure.ts';
import { settleRefusal } from './refresh-after-refusal.ts';
import { planEvent } from '../plan/plan-event.ts';
import { decideByRules } from '../plan/decide-by-rules.ts';
import { settleWithoutWrites } from './settle-without-writes.ts';
import { uploadOperationAttachments } from '../attachments/upload-attachments.ts';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { zohoAutomationOptions } from './zoho-automation-options.ts';
import { CALLER_BUSY_RETRY_MS, lockCaller } from './caller-lock.ts';
import { readTenantState, type TenantState } from './tenant-state.ts';

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

export type { EventResult } from './settle-without-writes.ts';
import type { EventResult } from './settle-without-writes.ts';

/** Modules where identification searched by e-mail: the e-mail is the person's identity there. */
const emailIdentified = (plan: Plan) =>
  new Set<ZohoModule>(plan.searches.filter((s) => s.rule === 'email').map((s) => s.module));

async function runOperations(
  runtime: EngineRuntime,
  client: ZohoClient,
  event: PendingEvent,
  plan: Plan,
  settings: IntegrationSettings,
): Promise<void> {
  const entries = settings.records.zohoAutomation[plan.channel];
  const ctx: ExecutionContext = {
    pool: runtime.deps.pool,
    client,
    eventId: event.id,
    tenantId: event.tenantId,
    conversationId: event.conversationId,
    ids: new Map(),
    writes: runtime.writes,
    mirror: runtime.mirror,
    marks: runtime.marks,
    upsertOnEmail: emailIdentified(plan),
    automation: (module, kind) => zohoAutomationOptions(entries, module, kind),
  };
  for (const row of await readOutbox(runtime.deps.pool, event.id)) {
    try {
      await executeOperation(ctx, row);
      // Also for a skipped step with a record (a found person left as is): its files still belong there.
      const recordId = ctx.ids.get(row.step);
      if (recordId)
        await uploadOperationAttachments(
          { ...ctx, allowPrivateHosts: runtime.deps.config.attachments.allowPrivateHosts },
          row,
          recordId,
        );
    } catch (error) {
      throw error instanceof RecordRefusedError
        ? error
        : new OperationError(error, row.operation.module, row.step);
    }
  }
}

/**
 * One attempt at one event, unless the tenant's breaker holds it back (Zoho just failed transiently for
 * another event) or its credit budget is used up: then it is rescheduled without a call. Never throws for Zoho's failures: they become
 * the event's status.
 */
export async function processEvent(
  runtime: EngineRuntime,
  event: PendingEvent,
  /** The tenant's state when the caller has just read it (a reconnect check): the attempt reads it once. */
  known?: TenantState,
): Promise<EventResult> {
  const gate = runtime.breaker.check(event.tenantId);
  const tooOld = Date.now() - event.receivedAt.getTime() >= runtime.options.giveUpAfterMs;
  if (!gate.pass && !tooOld) {
    await setEventStatus(runtime.deps.pool, event.id, {
      status: 'retrying',
      error: gate.error,
      nextAttemptAt: gate.retryAt,
    });
    return { final: false, retryAt: gate.retryAt };
  }
  // The tenant's own credit cap: its events wait, however old (the window frees credits within 24 h).
  const budget = await runtime.budget.check(event.tenantId);
  if (!budget.pass) {
    await setEventStatus(runtime.deps.pool, event.id, {
      status: 'retrying',
      error: budget.error,
      nextAttemptAt: budget.retryAt,
    });
    return { final: false, retryAt: budget.retryAt };
  }
  // A failed read is thrown inside the attempt, which reports it as the event's status.
  const state = known ?? (await readTenantState(runtime.deps, event.tenantId).catch(asError));
  const caller = state instanceof Error ? undefined : await lockCaller(runtime, event, state.settings);
  if (caller?.busy) return { final: false, retryAt: new Date(Date.now() + CALLER_BUSY_RETRY_MS) };
  const report: AttemptReport = {};
  const result = await attemptEvent(runtime, event, report, state).finally(caller?.release);
  if (report.transient) runtime.breaker.trip(event.tenantId, report.transient);
  else runtime.breaker.close(event.tenantId);
  return result;
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/** Set by an attempt that ended on one of Zoho's transient failures (unreachable, 5xx, 429). */
interface AttemptReport {
  transient?: ActivityError;
}

/**
 * The event's first attempt: the rules decide (a skipped event costs no Zoho call), then the plan is
 * made, stored with its outbox and run; a plan that writes nothing settles here.
 */
async function planAndRun(
  runtime: EngineRuntime,
  event: PendingEvent,
  { connection, tokens, settings, mirror }: TenantState,
): Promise<EventResult | undefined> {
  const { deps } = runtime;
  const parsed = conversationEventSchema.parse(event.payload);
  const decision = decideByRules(settings, parsed);
  if (decision.skip) {
    await setEventStatus(deps.pool, event.id, {
      status: 'skipped',
      skipReason: decision.skip,
      evaluations: decision.evaluations,
    });
    return { final: true };
  }
  const client = await engineClient(runtime, event.tenantId, connection, tokens);
  const lookup = await identificationLookup(
    deps.pool,
    event.tenantId,
    runtime.reads.lookup(client),
    settings.defaultCountry,
    { view: mirror, finder: runtime.identities },
  );
  const fresh = await planEvent(deps, client, settings, parsed, lookup, connection, {
    test: event.test,
    row: { id: event.id },
  });
  const settled = await settleWithoutWrites(deps, event, fresh, settings);
  if (settled) return settled;
  await savePlan(deps.pool, event.id, fresh);
  await runOperations(runtime, client, event, fresh, settings);
  return undefined;
}

/**
 * Plans the event once (stored with its outbox), performs the operations not done yet, and records
 * where it ended.
 */
async function attemptEvent(
  runtime: EngineRuntime,
  event: PendingEvent,
  report: AttemptReport,
  /** The tenant's state as read for this attempt, or why it could not be read. */
  state: TenantState | Error,
): Promise<EventResult> {
  const { deps, options } = runtime;
  const attempt = await startAttempt(deps.pool, event.id);
  try {
    if (state instanceof Error) throw state;
    const plan = event.plan;
    if (!plan) {
      const settled = await planAndRun(runtime, event, state);
      if (settled) return settled;
    } else {
      const client = await engineClient(runtime, event.tenantId, state.connection, state.tokens);
      await runOperations(runtime, client, event, plan, state.settings);
    }
    await setEventStatus(deps.pool, event.id, { status: 'done' });
    return { final: true };
  } catch (error) {
    if (error instanceof RecordRefusedError && !(state instanceof Error)) {
      const client = await engineClient(runtime, event.tenantId, state.connection, state.tokens);
      if (await settleRefusal(deps, client, event, error.failure))
        return { final: false, retryAt: new Date() };
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
    const internal = outcome.error.code === 'internal';
    // A file server's trouble is not Zoho's: it must not hold the tenant's other events back.
    if (outcome.kind === 'retry' && !internal && outcome.error.code !== ATTACHMENT_DEFERRED)
      report.transient = outcome.error;
    if (outcome.kind === 'fail' || givesUp({ internal, attempt, receivedAt: event.receivedAt }, options)) {
      if (internal) deps.logger.error({ err: error, eventId: event.id }, 'event failed');
      await setEventStatus(deps.pool, event.id, { status: 'failed', error: outcome.error });
      return { final: true };
    }
    if (internal) deps.logger.warn({ err: error, eventId: event.id }, 'event attempt failed');
    const retryAt = new Date(Date.now() + retryDelayMs(attempt, options));
    await setEventStatus(deps.pool, event.id, {
      status: 'retrying',
      error: outcome.error,
      nextAttemptAt: retryAt,
    });
    return { final: false, retryAt };
  }
}
