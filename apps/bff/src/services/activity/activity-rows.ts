import type { ActivityEvent } from '@cxc/shared/api/activity';
import { candidateSummarySchema } from '@cxc/shared/domain/candidate-summary';
import { z } from 'zod';
import { recordName } from './record-name.ts';
import type { EventRow } from '../../automation/store/event-rows.ts';
import type { WebLink } from './zoho-web-links.ts';

const storedPeopleSchema = z.array(candidateSummarySchema).catch([]);

/**
 * A record's name: the one the plan wrote, else the name Zoho gave the person it was chosen among (an
 * update of a person picked in the review queue writes no name); null leaves the id.
 */
function nameOf(row: EventRow, record: NonNullable<EventRow['records']>[number]): string | null {
  const written = recordName(record.module, record.fields);
  if (written) return written;
  if (row.people == null) return null;
  return storedPeopleSchema.parse(row.people).find((p) => p.id === record.record_id)?.name ?? null;
}

export function toActivityEvent(row: EventRow, webLink: WebLink): ActivityEvent {
  return {
    id: row.id,
    eventId: row.event_id,
    type: row.type as ActivityEvent['type'],
    channel: row.channel as ActivityEvent['channel'],
    conversationId: row.conversation_id,
    visitor: { name: row.visitor_name, email: row.visitor_email, phone: row.visitor_phone },
    occurredAt: row.occurred_at.toISOString(),
    receivedAt: row.received_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    status: row.status as ActivityEvent['status'],
    skipReason: row.skip_reason as ActivityEvent['skipReason'],
    rule: row.rule,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at?.toISOString() ?? null,
    records: (row.records ?? []).map((r) => ({
      step: r.step,
      module: r.module as ActivityEvent['records'][number]['module'],
      role: r.role as ActivityEvent['records'][number]['role'],
      action: r.kind === 'create' ? 'created' : 'updated',
      recordId: r.record_id,
      name: nameOf(row, r),
      webUrl: webLink(r.module, r.record_id),
    })),
    error: row.error,
    test: row.test,
  };
}
