import type { PlanAttachment } from '@cxc/shared/domain/plan-schema';
import type { Queryable } from '../../db/queryable.ts';

export interface AttachmentNote {
  code: string;
  message: string;
}

export interface AttachmentRow {
  idx: number;
  name: string;
  url: string;
  contentType: string;
  planAs: PlanAttachment['as'];
  status: 'pending' | 'done' | 'failed';
  attemptedAt: Date | null;
}

/**
 * One row per planned attachment of a step. A retry keeps the rows (and their status) it finds; a step
 * planned again with another file or record at that place (a manual retry re-plans) starts over.
 */
export async function ensureAttachmentRows(
  db: Queryable,
  eventId: string,
  step: number,
  target: { module: string; recordId: string },
  planned: readonly PlanAttachment[],
): Promise<void> {
  for (const [idx, a] of planned.entries()) {
    await db.query(
      `insert into event_attachments (event_id, step, idx, name, url, plan_as, size, module, record_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       on conflict (event_id, step, idx) do update
         set name = excluded.name, url = excluded.url, plan_as = excluded.plan_as, size = excluded.size,
             module = excluded.module, record_id = excluded.record_id, status = 'pending', sent_as = null,
             attempted_at = null, zoho_attachment_id = null, error = null, updated_at = now()
         where (event_attachments.name, event_attachments.url, event_attachments.plan_as,
                event_attachments.module, event_attachments.record_id)
            is distinct from (excluded.name, excluded.url, excluded.plan_as, excluded.module, excluded.record_id)`,
      [eventId, step, idx, a.name, a.url, a.as, a.size ?? null, target.module, target.recordId],
    );
  }
}

export async function readAttachmentRows(
  db: Queryable,
  eventId: string,
  step: number,
  planned: readonly PlanAttachment[],
): Promise<AttachmentRow[]> {
  const { rows } = await db.query<{
    idx: number;
    name: string;
    url: string;
    plan_as: PlanAttachment['as'];
    status: AttachmentRow['status'];
    attempted_at: Date | null;
  }>(
    `select idx, name, url, plan_as, status, attempted_at from event_attachments
      where event_id = $1 and step = $2 order by idx`,
    [eventId, step],
  );
  return rows.map((r) => ({
    idx: r.idx,
    name: r.name,
    url: r.url,
    contentType: planned[r.idx]?.contentType ?? 'application/octet-stream',
    planAs: r.plan_as,
    status: r.status,
    attemptedAt: r.attempted_at,
  }));
}

/** Committed before the upload is sent: from here on, Zoho may hold the attachment. */
export async function markAttempted(
  db: Queryable,
  eventId: string,
  step: number,
  idx: number,
): Promise<void> {
  await db.query(
    `update event_attachments set attempted_at = now(), updated_at = now()
      where event_id = $1 and step = $2 and idx = $3`,
    [eventId, step, idx],
  );
}

export async function finishAttachment(
  db: Queryable,
  eventId: string,
  step: number,
  idx: number,
  change:
    | {
        status: 'done';
        sentAs: PlanAttachment['as'];
        zohoId: string | null;
        note?: AttachmentNote;
        size?: number;
      }
    | { status: 'failed'; error: AttachmentNote },
): Promise<void> {
  const done = change.status === 'done';
  await db.query(
    `update event_attachments set status = $4, sent_as = $5, zoho_attachment_id = $6, error = $7,
            size = coalesce($8, size), updated_at = now()
      where event_id = $1 and step = $2 and idx = $3`,
    [
      eventId,
      step,
      idx,
      change.status,
      done ? change.sentAs : null,
      done ? change.zohoId : null,
      done ? (change.note ? JSON.stringify(change.note) : null) : JSON.stringify(change.error),
      done ? (change.size ?? null) : null,
    ],
  );
}

/** One more engine attempt that could not download the file; returns how many there have been. */
export async function countDownloadTry(
  db: Queryable,
  eventId: string,
  step: number,
  idx: number,
): Promise<number> {
  const { rows } = await db.query<{ download_tries: number }>(
    `update event_attachments set download_tries = download_tries + 1, updated_at = now()
      where event_id = $1 and step = $2 and idx = $3 returning download_tries`,
    [eventId, step, idx],
  );
  return rows[0]?.download_tries ?? 1;
}
