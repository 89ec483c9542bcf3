import type { StoredLink } from '@cxc/shared/domain/lookup';
import { toZohoPayload } from '@cxc/shared/domain/plan-payload';
import type { Pool } from 'pg';
import { inTransaction } from '../../db/queryable.ts';
import type { ZohoClient, ZohoWriteResult } from '../../zoho/zoho-client.ts';
import { findByMarker, markerOf, withMarker } from './create-marker.ts';
import { addLink, markOperation, type OutboxRow } from './engine-store.ts';
import { explainRecordError } from './explain-failure.ts';
import type { ActivityError } from '@cxc/shared/api/activity';

export interface ExecutionContext {
  pool: Pool;
  client: ZohoClient;
  eventId: string;
  tenantId: string;
  conversationId: string;
  /** Ids of records earlier steps created or touched. */
  ids: Map<number, string>;
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
  await inTransaction(ctx.pool, async (db) => {
    await markOperation(db, ctx.eventId, row.step, {
      status: 'done',
      recordId,
      ...(marker ? { marker } : {}),
    });
    await addLink(db, ctx.tenantId, ctx.conversationId, {
      module: row.operation.module,
      role: linkRole(row.operation.role),
      id: recordId,
    });
  });
  ctx.ids.set(row.step, recordId);
}

async function refused(ctx: ExecutionContext, row: OutboxRow, write: ZohoWriteResult): Promise<never> {
  const result = write.results[0];
  const failure = result
    ? explainRecordError(result, row.operation.module, row.step)
    : {
        code: 'EMPTY_RESPONSE',
        message: 'Zoho answered without a result for the record.',
        field: null,
        module: row.operation.module,
        step: row.step,
      };
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

/**
 * Performs one outbox row. A create is committed as `writing` with its marker before it is sent, and
 * its id is recorded the moment Zoho answers; so after a crash the row says exactly what is uncertain.
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
    const write = await ctx.client.updateRecords(op.module, [payload]);
    if (write.results[0]?.status !== 'success') await refused(ctx, row, write);
    await finish(ctx, row, op.recordId);
    return;
  }
  const marker = markerOf(ctx.eventId, row.step);
  if (row.status === 'writing') {
    const found = await findByMarker(ctx.client, op.module, marker);
    if (found) {
      await finish(ctx, row, found, marker);
      return;
    }
  } else await markOperation(ctx.pool, ctx.eventId, row.step, { status: 'writing', marker });
  const write = await ctx.client.insertRecords(op.module, [
    withMarker(op.module, toZohoPayload(op, idOf(ctx)), marker),
  ]);
  const result = write.results[0];
  const id = result?.status === 'success' ? result.details.id : undefined;
  if (typeof id !== 'string') await refused(ctx, row, write);
  await finish(ctx, row, id as string, marker);
}
