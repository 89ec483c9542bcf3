import type { ActivityError, ActivityQuery } from '@cxc/shared/api/activity';
import type { Queryable } from '../../db/queryable.ts';

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
  /** The plan's people it chose among (`identified.people`), as stored; read with a schema. */
  people: unknown;
}

/**
 * Columns for EventRow (`e` is the events alias), with the records the event wrote: its done operations
 * and those of plans a manual retry replaced, once per record (a create wins over a later update).
 */
export const EVENT_COLUMNS = `e.id, e.event_id, e.type, e.channel, e.conversation_id, e.visitor_name, e.visitor_email,
  e.visitor_phone, e.occurred_at, e.received_at, e.updated_at, e.status, e.skip_reason, e.rule, e.attempts,
  e.next_attempt_at, e.error, e.test, e.plan->'identified'->'people' as people,
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

type Filter = Omit<ActivityQuery, 'page' | 'perPage'>;

/** The filtered log, newest first; `limit` and `offset` are numbers from a parsed query, never text. */
export async function listEventRows(
  db: Queryable,
  tenantId: string,
  query: Filter,
  page: { limit: number; offset?: number },
): Promise<EventRow[]> {
  const { where, values } = activityFilter(tenantId, query);
  const { rows } = await db.query<EventRow>(
    `select ${EVENT_COLUMNS} from events e where ${where}
      order by e.received_at desc, e.seq desc limit ${page.limit} offset ${page.offset ?? 0}`,
    values,
  );
  return rows;
}

export async function countEventRows(db: Queryable, tenantId: string, query: Filter): Promise<number> {
  const { where, values } = activityFilter(tenantId, query);
  const { rows } = await db.query<{ total: string }>(
    `select count(*) as total from events e where ${where}`,
    values,
  );
  return Number(rows[0]?.total ?? 0);
}

export type EventDetailRow = EventRow & {
  payload: Record<string, unknown>;
  evaluations: unknown;
  previous_operations: unknown;
  /** The stored plan: its searches and identification say who was matched and why. */
  plan: unknown;
};

export async function readEventDetailRow(
  db: Queryable,
  tenantId: string,
  id: string,
): Promise<EventDetailRow | undefined> {
  const { rows } = await db.query<EventDetailRow>(
    `select ${EVENT_COLUMNS}, e.payload, e.evaluations, e.previous_operations, e.plan
       from events e where e.tenant_id = $1 and e.id = $2`,
    [tenantId, id],
  );
  return rows[0];
}

export interface OperationRow<Status = string, Error = unknown> {
  step: number;
  status: Status;
  operation: unknown;
  record_id: string | null;
  error: Error;
  module: string;
}

/** The event's current plan, step by step (the caller checks the event belongs to its tenant first). */
export async function readOperationRows<Status, Error>(
  db: Queryable,
  eventId: string,
): Promise<OperationRow<Status, Error>[]> {
  const { rows } = await db.query<OperationRow<Status, Error>>(
    'select step, status, operation, record_id, error, module from event_operations where event_id = $1 order by step',
    [eventId],
  );
  return rows;
}
