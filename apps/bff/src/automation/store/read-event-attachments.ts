import type { ActivityAttachment } from '@cxc/shared/api/activity';
import type { Queryable } from '../../db/queryable.ts';

/** The event's attachments (event_attachments) for the activity log's detail view, by step and order. */
export async function readEventAttachments(db: Queryable, eventId: string): Promise<ActivityAttachment[]> {
  const { rows } = await db.query<{
    step: number;
    idx: number;
    name: string;
    module: string;
    status: ActivityAttachment['status'];
    plan_as: ActivityAttachment['as'];
    sent_as: ActivityAttachment['sentAs'];
    size: string | null;
    zoho_attachment_id: string | null;
    error: ActivityAttachment['reason'];
  }>(
    `select step, idx, name, module, status, plan_as, sent_as, size, zoho_attachment_id, error
       from event_attachments where event_id = $1 order by step, idx`,
    [eventId],
  );
  return rows.map((r) => ({
    step: r.step,
    index: r.idx,
    name: r.name,
    module: r.module,
    status: r.status,
    as: r.plan_as,
    sentAs: r.sent_as,
    // bigint arrives as a string; files are at most a few MB here.
    size: r.size === null ? null : Number(r.size),
    zohoAttachmentId: r.zoho_attachment_id,
    reason: r.error,
  }));
}
