import type { ActivityError, ActivityEvent, ActivityQuery } from '@cxc/shared/api/activity';
import { recordName } from './record-name.ts';
import type { WebLink } from './zoho-web-links.ts';

export interface EventRow {
  id: string;
  event_id: string;
  type: string;
  channel: string;
  conversation_id: string;
  visitor_name: string | null;
  visitor_email: string | null;
  visitor_phone: string | null;
  occurred_at: Date;
  received_at: Date;
  updated_at: Date;
  status: string;
  skip_reason: string | null;
  rule: { id: string; name: string } | null;
  attempts: number;
  next_attempt_at: Date | null;
  error: ActivityError | null;
  test: boolean;
  records:
    { step: number; module: string; role: string; kind: string; record_id: string; fields: unknown }[] | null;
}

/**
 * Columns for EventRow (`e` is the events alias), with the records the event wrote: its done operations
 * and those of plans a manual retry replaced, once per record (a create wins over a later update).
 */
export const EVENT_COLUMNS = `e.id, e.event_id, e.type, e.channel, e.conversation_id, e.visitor_name, e.visitor_email,
  e.visitor_phone, e.occurred_at, e.received_at, e.updated_at, e.status, e.skip_reason, e.rule, e.attempts,
  e.next_attempt_at, e.error, e.test,
  (select json_agg(json_build_object('step', r.step, 'module', r.module, 'role', r.role, 'kind', r.kind,
                                     'record_id', r.record_id, 'fields', r.fields) order by r.step, r.record_id)
     from (select distinct on (w.record_id) w.* from (
             select o.step, o.module, o.operation->>'role' as role, o.kind, o.record_id,
                    o.operation->'fields' as fields
               from event_operations o where o.event_id = e.id and o.status = 'done' and o.record_id is not null
             union all
             select (p->>'step')::int, p->'operation'->>'module', p->'operation'->>'role',
                    p->'operation'->>'kind', p->>'recordId', p->'operation'->'fields'
               from jsonb_array_elements(e.previous_operations) p
              where p->>'status' = 'done' and p->>'recordId' is not null) w
           order by w.record_id, w.kind = 'create' desc, w.step) r) as records`;

/** The WHERE clause of the filters; `$1` is always the tenant. Values go in as parameters only. */
export function activityFilter(tenantId: string, query: Omit<ActivityQuery, 'page' | 'perPage'>) {
  const values: unknown[] = [tenantId];
  const where = ['e.tenant_id = $1'];
  const add = (sql: (n: number) => string, value: unknown) => {
    values.push(value);
    where.push(sql(values.length));
  };
  if (query.status) add((n) => `e.status = $${n}`, query.status);
  if (query.channel) add((n) => `e.channel = $${n}`, query.channel);
  if (query.type) add((n) => `e.type = $${n}`, query.type);
  if (query.from) add((n) => `e.received_at >= $${n}`, query.from);
  if (query.to) add((n) => `e.received_at < $${n}`, query.to);
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    add(
      (n) =>
        `(e.conversation_id ilike $${n} or e.event_id ilike $${n} or e.visitor_name ilike $${n}
          or e.visitor_email ilike $${n} or e.visitor_phone ilike $${n})`,
      like,
    );
  }
  return { where: where.join(' and '), values };
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
      name: recordName(r.module, r.fields),
      webUrl: webLink(r.module, r.record_id),
    })),
    error: row.error,
    test: row.test,
  };
}
