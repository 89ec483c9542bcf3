import type { Request } from 'express';
import { ZohoError } from '../http/errors.ts';
import type { RenderContext } from '../render/render-record.ts';
import { formatZoned } from '../render/format-time.ts';
import { fullName } from '../render/user-ref.ts';
import { refId, type StoredRecord } from '../store/stored-record.ts';
import { RecordFailure, type RecordError } from './record-error.ts';

export const MAX_BATCH = 100;

export interface RecordSuccess {
  code: 'SUCCESS';
  details: Record<string, unknown>;
  message: string;
  status: 'success';
  [extra: string]: unknown;
}

export type BatchEntry = RecordSuccess | RecordError;

/** The `data` array of a write body: LIMIT_EXCEEDED beyond 100 records, MANDATORY_NOT_FOUND without one. */
export function readBatch(req: Request): unknown[] {
  noteBatchSize(req);
  const body: unknown = req.body;
  const data = typeof body === 'object' && body !== null ? (body as { data?: unknown }).data : undefined;
  if (!Array.isArray(data) || data.length === 0)
    throw new ZohoError('MANDATORY_NOT_FOUND', { api_name: 'data' });
  if (data.length > MAX_BATCH)
    throw new ZohoError('LIMIT_EXCEEDED', { limit: MAX_BATCH }, 'Record count exceeded');
  return data;
}

/** The request log's detail of a write: how many records it carried (benches count records per call). */
function noteBatchSize(req: Request): void {
  const data: unknown = (req.body as { data?: unknown } | undefined)?.data;
  if (Array.isArray(data) && req.res)
    (req.res.locals as { logDetail?: string }).logDetail = `records=${data.length}`;
}

/** Zoho's batch status: all succeeded → `ok`, mixed → 207 Multi-Status, all failed → 400. */
export function batchStatus(entries: readonly BatchEntry[], ok: number): number {
  const failed = entries.filter((e) => e.status === 'error').length;
  if (failed === 0) return ok;
  return failed === entries.length ? 400 : 207;
}

/** Runs one record's work; a RecordFailure becomes its error entry, anything else propagates. */
export function attempt(work: () => RecordSuccess): BatchEntry {
  try {
    return work();
  } catch (err) {
    if (err instanceof RecordFailure) return err.entry;
    throw err;
  }
}

function who(ctx: RenderContext, id: string | undefined): { name: string | null; id: string | null } {
  const user = id ? ctx.users.get(id) : undefined;
  return { name: user ? fullName(user) : null, id: id ?? null };
}

/** The `details` of a successful insert/update: times, actors and the id. */
export function writeDetails(ctx: RenderContext, rec: StoredRecord): Record<string, unknown> {
  const tz = ctx.org.org.timeZone;
  return {
    Modified_Time: formatZoned(rec.modifiedAt, tz),
    Modified_By: who(ctx, refId(rec.values.Modified_By)),
    Created_Time: formatZoned(rec.createdAt, tz),
    id: ctx.org.id(rec.seq),
    Created_By: who(ctx, refId(rec.values.Created_By)),
  };
}

export function success(
  message: string,
  details: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): RecordSuccess {
  return { code: 'SUCCESS', details, message, status: 'success', ...extra };
}
