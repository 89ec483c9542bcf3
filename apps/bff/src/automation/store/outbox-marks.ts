import type { StoredLink } from '@cxc/shared/domain/lookup';
import type { Queryable } from '../../db/queryable.ts';
import { coalesced } from '../../db/coalesced.ts';

interface WritingMark {
  eventId: string;
  step: number;
  marker: string | null;
}

interface DoneMark {
  eventId: string;
  step: number;
  recordId: string;
  marker: string | null;
  tenantId: string;
  conversationId: string;
  link: Omit<StoredLink, 'id'>;
}

/**
 * The outbox marks of every conversation in flight in this process, many per statement: the `writing`
 * marks a batch's creates take before their shared Zoho call, and the `done` marks (with their
 * conversation links) its answer brings back at once. Each caller still waits for its own mark to be
 * committed, so a create is never sent before its row says `writing` and a step never reads done
 * without its link (one statement each, atomic without a transaction of their own).
 */
export class OutboxMarks {
  readonly writing: (mark: WritingMark) => Promise<void>;
  readonly done: (mark: DoneMark) => Promise<void>;

  constructor(db: Queryable) {
    this.writing = coalesced((marks: WritingMark[]) => markWriting(db, marks));
    this.done = coalesced((marks: DoneMark[]) => markDone(db, marks));
  }
}

async function markWriting(db: Queryable, marks: WritingMark[]): Promise<void> {
  await db.query(
    `update event_operations o set status = 'writing', marker = coalesce(v.marker, o.marker), error = null,
            updated_at = now()
       from unnest($1::uuid[], $2::int[], $3::text[]) as v(event_id, step, marker)
      where o.event_id = v.event_id and o.step = v.step`,
    [marks.map((m) => m.eventId), marks.map((m) => m.step), marks.map((m) => m.marker)],
  );
}

async function markDone(db: Queryable, marks: DoneMark[]): Promise<void> {
  await db.query(
    `with v as (
       select * from unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                            $8::text[])
         as v(event_id, step, record_id, marker, tenant_id, conversation_id, module, role)),
     marked as (
       update event_operations o set status = 'done', record_id = v.record_id,
              marker = coalesce(v.marker, o.marker), error = null, updated_at = now()
         from v where o.event_id = v.event_id and o.step = v.step)
     insert into conversation_links (tenant_id, conversation_id, module, role, record_id)
     select tenant_id, conversation_id, module, role, record_id from v on conflict do nothing`,
    [
      marks.map((m) => m.eventId),
      marks.map((m) => m.step),
      marks.map((m) => m.recordId),
      marks.map((m) => m.marker),
      marks.map((m) => m.tenantId),
      marks.map((m) => m.conversationId),
      marks.map((m) => m.link.module),
      marks.map((m) => m.link.role),
    ],
  );
}
