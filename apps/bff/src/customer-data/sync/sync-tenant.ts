import type { CustomerDataSettings, MirrorModule } from '@cxc/shared/api/customer-data';
import { importStep } from '../import/import-step.ts';
import { readMirrorSettings } from '../store/mirror-settings-store.ts';
import { purgeMirror } from '../store/purge-mirror.ts';
import { refreshMirrorStatistics } from '../store/refresh-mirror-statistics.ts';
import { patchSyncState, readSyncStates, startImport, type SyncState } from '../store/sync-state-store.ts';
import { readConnection } from '../../zoho/connection-store.ts';
import { ZohoApiError } from '../../zoho/zoho-errors.ts';
import { describeSyncError } from './describe-sync-error.ts';
import type { MirrorRuntime } from './mirror-runtime.ts';
import { pollChanges } from './poll-changes.ts';
import { pollDeleted } from './poll-deleted.ts';
import { type SyncContext, tenantCountries } from './sync-context.ts';
import { keepWatch } from '../watch/watch-channel.ts';

/** How often polling still runs while Zoho pushes changes; well within a channel's renewal margin. */
const WATCH_POLL_MS = 15 * 60_000;

/**
 * A connection made before the connector asked for the notifications scope is refused the watch until the
 * admin reconnects: ask again only now and then, not on every sync (each ask is a Zoho call and a warning).
 * Per process and per connection: a reconnect is a new connection and is asked at once.
 */
const SCOPE_REFUSED_RETRY_MS = 60 * 60_000;
const scopeRefusedUntil = new Map<string, number>();

/** Keeps the channel when Zoho can reach us; a refused or failing watch leaves polling in charge. */
async function watchChanges(ctx: SyncContext, modules: readonly MirrorModule[]): Promise<boolean> {
  const watch = ctx.runtime.watch;
  if (!watch) return false;
  const key = `${ctx.tenantId}|${ctx.zoho.connectionId}`;
  if ((scopeRefusedUntil.get(key) ?? 0) > Date.now()) return false;
  try {
    return await keepWatch(ctx, modules, watch.notifyUrl);
  } catch (error) {
    if (error instanceof ZohoApiError && error.zohoCode === 'OAUTH_SCOPE_MISMATCH')
      scopeRefusedUntil.set(key, Date.now() + SCOPE_REFUSED_RETRY_MS);
    ctx.runtime.logger.warn(
      { err: error, tenantId: ctx.tenantId },
      'Zoho notifications unavailable: polling',
    );
    return false;
  }
}

/** After a failure a module waits this long (a minute, so a fixed permission shows up soon). */
const ERROR_RETRY_MS = 60_000;

/**
 * Brings the module states in line with the settings and the connected org: a module newly chosen starts
 * importing, one dropped leaves the mirror, and another org's data is purged before anything is read.
 */
async function alignStates(
  runtime: MirrorRuntime,
  tenantId: string,
  orgId: string,
  settings: CustomerDataSettings,
): Promise<SyncState[]> {
  let states = await readSyncStates(runtime.pool, tenantId);
  if (states.some((s) => s.orgId !== orgId)) {
    await purgeMirror(runtime.pool, tenantId);
    states = [];
  }
  for (const state of states)
    if (!settings.modules.includes(state.module)) {
      await runtime.pool.query('delete from mirror_records where tenant_id = $1 and module = $2', [
        tenantId,
        state.module,
      ]);
      await runtime.pool.query('delete from mirror_sync_state where tenant_id = $1 and module = $2', [
        tenantId,
        state.module,
      ]);
    }
  for (const module of settings.modules)
    if (!states.some((s) => s.module === module)) await startImport(runtime.pool, tenantId, module, orgId);
  return (await readSyncStates(runtime.pool, tenantId)).filter((s) => settings.modules.includes(s.module));
}

/**
 * One sync run for a tenant: imports continue for up to `sliceMs`, ready modules that are due are polled
 * (changes, then deletions). Every call goes through the engine's org slots; the credit budget is
 * checked first, and when it is spent every module says so and waits until credits free up. Returns
 * when the tenant is next due, or null when nothing is mirrored (live mode, not connected).
 */
export async function syncTenant(
  runtime: MirrorRuntime,
  tenantId: string,
  options: { force?: boolean } = {},
): Promise<Date | null> {
  const settings = await readMirrorSettings(runtime.pool, tenantId);
  const connection = await readConnection(runtime.pool, tenantId);
  if (settings.mode === 'live' || connection?.status !== 'connected' || !connection.org) return null;
  const states = await alignStates(runtime, tenantId, connection.org.id, settings);
  const verdict = await runtime.budget.check(tenantId);
  if (!verdict.pass) {
    for (const s of states)
      await patchSyncState(runtime.pool, tenantId, s.module, {
        paused_reason: verdict.error.message,
        next_sync_at: verdict.retryAt,
      });
    return verdict.retryAt;
  }
  const ctx: SyncContext = {
    runtime,
    tenantId,
    orgId: connection.org.id,
    zoho: await runtime.client(tenantId),
    ...(await tenantCountries(runtime.pool, tenantId)),
    fields: new Map(),
  };
  const deadline = runtime.now() + runtime.sliceMs;
  const watching = await watchChanges(ctx, settings.modules);
  // With changes pushed, polling only catches what a lost callback missed: at a slower pace.
  const intervalMs = Math.max(settings.intervalMinutes * 60_000, watching ? WATCH_POLL_MS : 0);
  let next: number = Number.POSITIVE_INFINITY;
  for (const state of states) {
    const due = await syncModule(ctx, state, { deadline, intervalMs, force: options.force === true });
    next = Math.min(next, due);
  }
  return new Date(next);
}

async function syncModule(
  ctx: SyncContext,
  state: SyncState,
  o: { deadline: number; intervalMs: number; force: boolean },
): Promise<number> {
  const { runtime, tenantId } = ctx;
  const module: MirrorModule = state.module;
  try {
    if (!o.force && state.nextSyncAt.getTime() > runtime.now()) return state.nextSyncAt.getTime();
    if (state.phase === 'importing') return await runImport(ctx, state, o);
    return await finishPoll(ctx, state, o.intervalMs, true);
  } catch (error) {
    runtime.logger.warn({ err: error, tenantId, module }, 'customer data sync failed');
    const retry = runtime.now() + ERROR_RETRY_MS;
    await patchSyncState(runtime.pool, tenantId, module, {
      error: describeSyncError(module, error),
      next_sync_at: new Date(retry),
    });
    return retry;
  }
}

/**
 * Imports until done or the slice is over. While Zoho writes a Bulk Read job the run waits in place when
 * the slice allows, else the module is due again when the job's state is worth reading.
 */
async function runImport(
  ctx: SyncContext,
  state: SyncState,
  o: { deadline: number; intervalMs: number },
): Promise<number> {
  const { runtime, tenantId } = ctx;
  const reread = async (current: SyncState) =>
    (await readSyncStates(runtime.pool, tenantId)).find((s) => s.module === state.module) ?? current;
  let current = state;
  for (;;) {
    const outcome = await importStep(ctx, current, o.deadline);
    if (outcome === 'done') break;
    if (outcome !== 'more') {
      const at = runtime.now() + outcome.waitMs;
      if (at >= o.deadline) {
        await patchSyncState(runtime.pool, tenantId, state.module, { next_sync_at: new Date(at) });
        return at;
      }
      await new Promise((resolve) => setTimeout(resolve, outcome.waitMs));
    } else if (runtime.now() >= o.deadline) return runtime.now();
    current = await reread(current);
  }
  await refreshMirrorStatistics(runtime.pool);
  return finishPoll(ctx, await reread(current), o.intervalMs);
}

/**
 * Polls changes and deletions (when asked) and schedules the next poll at the admin's interval. The
 * interval counts from when this poll started, not when it ended: a change made just after a poll
 * started waits one interval plus one poll, never an interval plus two polls.
 */
async function finishPoll(
  ctx: SyncContext,
  state: SyncState,
  intervalMs: number,
  poll = false,
): Promise<number> {
  const started = ctx.runtime.now();
  if (poll) {
    await pollChanges(ctx, state);
    await pollDeleted(ctx, state);
  }
  const next = started + intervalMs;
  await patchSyncState(ctx.runtime.pool, ctx.tenantId, state.module, {
    last_sync_at: new Date(ctx.runtime.now()),
    next_sync_at: new Date(next),
    paused_reason: null,
    error: null,
  });
  return next;
}
