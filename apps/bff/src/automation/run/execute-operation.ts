import type { MirrorWriteQueue } from '../../customer-data/sync/mirror-write-queue.ts';
import type { StoredLink } from '@cxc/shared/domain/lookup';
import { toZohoPayload } from '../plan/plan-payload.ts';
import type { Pool } from 'pg';
import type { ZohoModule } from '@cxc/shared/domain/modules';
import type { ZohoClient, ZohoRecordResult } from '../../zoho/zoho-client.ts';
import { findByMarker, markerOf, withMarker } from './create-marker.ts';
import { addLink, markOperation, type OutboxRow } from '../store/event-store.ts';
import type { OutboxMarks } from '../store/outbox-marks.ts';
import { explainRecordError } from './explain-failure.ts';
import type { WriteBatcher, ZohoAutomationOptions } from '../zoho-calls/write-batcher.ts';
import type { ActivityError } from '@cxc/shared/api/activity';

export interface ExecutionContext {
  pool: Pool;
  client: ZohoClient;
  eventId: string;
  tenantId: string;
  conversationId: string;
  /** Ids of records earlier steps created or touched. */
  ids: Map<number, string>;
  /** Shares Zoho write calls with the other conversations in flight. */
  writes: WriteBatcher;
  /** Puts written records into the tenant's mirror, sharing a transaction with the other conversations. */
  mirror: MirrorWriteQueue;
  /** Marks outbox rows, sharing statements with the other conversations. */
  marks: OutboxMarks;
  /** Person modules whose identification included e-mail: new records there are upserted on Email. */
  upsertOnEmail: ReadonlySet<ZohoModule>;
  /** The org's own automation (`trigger`, `lar_id`) this channel's writes to a module set off. */
  automation: (module: ZohoModule, kind: 'create' | 'update') => ZohoAutomationOptions;
}

/** A per-record refusal: permanent, the event fails with Zoho's words. */
export class RecordRefusedError extends Error {
  constructor(readonly failure: ActivityError) {
    super(failure.message);
    this.name = 'RecordRefusedError';
  }
}

const linkRole = (role: OutboxRow['operation']['role']): StoredLink['role'] => role;

async function finish(
  ctx: ExecutionContext,
  row: OutboxRow,
  recordId: string,
  marker?: string,
): Promise<void> {
  await ctx.marks.done({
    eventId: ctx.eventId,
    step: row.step,
    recordId,
    marker: marker ?? null,
    tenantId: ctx.tenantId,
    conversationId: ctx.conversationId,
    link: { module: row.operation.module, role: linkRole(row.operation.role) },
  });
  ctx.ids.set(row.step, recordId);
}

async function refused(ctx: ExecutionContext, row: OutboxRow, result: ZohoRecordResult): Promise<never> {
  const failure = explainRecordError(result, row.operation.module, row.step);
  await markOperation(ctx.pool, ctx.eventId, row.step, { status: 'failed', error: failure });
  throw new RecordRefusedError(failure);
}

function idOf(ctx: ExecutionContext) {
  return (step: number) => {
    const id = ctx.ids.get(step);
    // The planner only refers to earlier steps, which are done by now; anything else is a bug.
    if (!id) throw new Error(`step ${step} has no record id yet`);
    return id;
  };
}

/** The e-mail a new person record is upserted on, or undefined when a plain insert is right. */
function upsertEmail(ctx: ExecutionContext, row: OutboxRow, payload: Record<string, unknown>) {
  const op = row.operation;
  if (op.kind !== 'create' || op.role !== 'person' || !ctx.upsertOnEmail.has(op.module)) return undefined;
  return typeof payload.Email === 'string' && payload.Email !== '' ? payload.Email : undefined;
}

/**
 * Performs one outbox row. A create is committed as `writing` with its marker before it is sent, and
 * its id is recorded the moment Zoho answers; so after a crash the row says exactly what is uncertain.
 *
 * A new person whose identity is its e-mail is upserted on Email instead: the search that found nothing
 * may lag a create of a second ago (Zoho's search index) or race another conversation of the same
 * visitor, and upsert then updates that record instead of adding a duplicate. Upsert is idempotent by
 * e-mail, so it needs no marker to be crash-safe.
 */
export async function executeOperation(ctx: ExecutionContext, row: OutboxRow): Promise<void> {
  const op = row.operation;
  if (row.status === 'done' || row.status === 'skipped') {
    if (row.recordId) {
      ctx.ids.set(row.step, row.recordId);
      if (op.role === 'person')
        await addLink(ctx.pool, ctx.tenantId, ctx.conversationId, {
          module: op.module,
          role: 'person',
          id: row.recordId,
        });
    }
    return;
  }
  if (op.kind === 'skip') return;
  if (op.kind === 'update') {
    const payload = { ...toZohoPayload(op, idOf(ctx)), id: op.recordId };
    const result = await ctx.writes.write(
      ctx.client,
      op.module,
      'update',
      payload,
      [],
      ctx.automation(op.module, 'update'),
    );
    if (result.status !== 'success') await refused(ctx, row, result);
    await finish(ctx, row, op.recordId);
    await ctx.mirror.write(ctx.tenantId, op.module, op.recordId, payload);
    return;
  }
  const payload = toZohoPayload(op, idOf(ctx));
  if (upsertEmail(ctx, row, payload)) {
    if (row.status !== 'writing')
      await ctx.marks.writing({ eventId: ctx.eventId, step: row.step, marker: null });
    const result = await ctx.writes.write(
      ctx.client,
      op.module,
      'upsert',
      payload,
      ['Email'],
      ctx.automation(op.module, 'create'),
    );
    await finishCreate(ctx, row, result);
    await ctx.mirror.write(ctx.tenantId, op.module, String(result.details.id), payload);
    return;
  }
  const marker = markerOf(ctx.eventId, row.step);
  if (row.status === 'writing') {
    const found = await findByMarker(ctx.client, {
      module: op.module,
      marker,
      payload,
      since: row.updatedAt,
    });
    if (found) {
      await finish(ctx, row, found, marker);
      return;
    }
  } else await ctx.marks.writing({ eventId: ctx.eventId, step: row.step, marker });
  const result = await ctx.writes.write(
    ctx.client,
    op.module,
    'insert',
    withMarker(op.module, payload, marker),
    [],
    ctx.automation(op.module, 'create'),
  );
  await finishCreate(ctx, row, result, marker);
  await ctx.mirror.write(ctx.tenantId, op.module, String(result.details.id), payload);
}

async function finishCreate(
  ctx: ExecutionContext,
  row: OutboxRow,
  result: ZohoRecordResult,
  marker?: string,
): Promise<void> {
  const id = result.status === 'success' ? result.details.id : undefined;
  if (typeof id !== 'string') await refused(ctx, row, result);
  await finish(ctx, row, id as string, marker);
}
