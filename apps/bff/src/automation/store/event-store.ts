import type { ActivityError, EventStatus, SkipReason } from '@cxc/shared/api/activity';
import type { RuleEvaluation } from '@cxc/shared/domain/conditions';
import type { StoredLink } from '@cxc/shared/domain/lookup';
import type { Operation, Plan } from '@cxc/shared/domain/plan-schema';
import type { Queryable } from '../../db/queryable.ts';
import { telemetry } from '../../ops/telemetry.ts';

export interface PendingEvent {
  id: string;
  tenantId: string;
  conversationId: string;
  status: EventStatus;
  payload: unknown;
  plan: Plan | null;
  attempts: number;
  nextAttemptAt: Date | null;
  receivedAt: Date;
  /** A console test conversation: planned without identification (see planConversation). */
  test: boolean;
}

export const UNFINISHED: readonly EventStatus[] = ['queued', 'processing', 'retrying', 'waiting_reconnect'];

/**
 * The conversation's earliest unfinished events (up to `limit`, in order): events of one conversation are
 * handled strictly in order.
 */
export async function nextEventsOf(
  db: Queryable,
  tenantId: string,
  conversationId: string,
  limit: number,
): Promise<PendingEvent[]> {
  const { rows } = await db.query<{
    id: string;
    status: EventStatus;
    payload: unknown;
    plan: Plan | null;
    attempts: number;
    next_attempt_at: Date | null;
    received_at: Date;
    test: boolean;
  }>(
    `select id, status, payload, plan, attempts, next_attempt_at, received_at, test from events
      where tenant_id = $1 and conversation_id = $2 and status = any($3)
      order by seq limit $4`,
    [tenantId, conversationId, [...UNFINISHED], limit],
  );
  return rows.map((row) => ({
    id: row.id,
    tenantId,
    conversationId,
    status: row.status,
    payload: row.payload,
    plan: row.plan,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    receivedAt: row.received_at,
    test: row.test,
  }));
}

export interface StatusChange {
  status: EventStatus;
  skipReason?: SkipReason | null;
  error?: ActivityError | null;
  nextAttemptAt?: Date | null;
  rule?: Plan['rule'];
  evaluations?: RuleEvaluation[];
}

export async function setEventStatus(db: Queryable, id: string, change: StatusChange): Promise<void> {
  const { rows } = await db.query<{ latency: number | null }>(
    `update events set status = $2, skip_reason = $3, error = $4, next_attempt_at = $5,
            rule = coalesce($6, rule), evaluations = coalesce($7, evaluations), updated_at = now(),
            finished_at = case when $2 in ('done', 'failed', 'skipped') then now() else null end
      where id = $1
      returning extract(epoch from finished_at - received_at)::float8 as latency`,
    [
      id,
      change.status,
      change.skipReason ?? null,
      change.error ? JSON.stringify(change.error) : null,
      change.nextAttemptAt ?? null,
      change.rule ? JSON.stringify(change.rule) : null,
      change.evaluations ? JSON.stringify(change.evaluations) : null,
    ],
  );
  // Observed where the status is written, so every path to `done` (first run, retry, replan) counts once.
  const latency = rows[0]?.latency;
  if (change.status === 'done' && typeof latency === 'number') telemetry.eventLatency.observe(latency);
}

export async function startAttempt(db: Queryable, id: string): Promise<number> {
  const { rows } = await db.query<{ attempts: number }>(
    `update events set status = 'processing', attempts = attempts + 1, updated_at = now()
      where id = $1 returning attempts`,
    [id],
  );
  return rows[0]?.attempts ?? 1;
}

/** The plan and one outbox row per operation, in one transaction with the caller. */
export async function savePlan(db: Queryable, id: string, plan: Plan): Promise<void> {
  const operations = plan.operations.map((op) => ({
    step: op.step,
    module: op.module,
    kind: op.kind,
    status: op.kind === 'skip' ? 'skipped' : 'pending',
    operation: op,
    record_id: op.kind === 'update' ? op.recordId : op.kind === 'skip' ? (op.recordId ?? null) : null,
  }));
  // One statement, so the plan and its outbox are stored together without a transaction of their own.
  await db.query(
    `with planned as (
       update events set plan = $2, rule = $3, evaluations = $4, updated_at = now() where id = $1 returning id)
     insert into event_operations (event_id, step, module, kind, status, operation, record_id)
     select planned.id, x.step, x.module, x.kind, x.status, x.operation, x.record_id
       from planned, jsonb_to_recordset($5::jsonb)
         as x(step int, module text, kind text, status text, operation jsonb, record_id text)
     on conflict (event_id, step) do nothing`,
    [
      id,
      JSON.stringify(plan),
      JSON.stringify(plan.rule),
      JSON.stringify(plan.evaluations),
      JSON.stringify(operations),
    ],
  );
}

export interface OutboxRow {
  step: number;
  status: 'pending' | 'writing' | 'done' | 'skipped' | 'failed';
  operation: Operation;
  recordId: string | null;
  /** When the row last changed status: for a `writing` row, when its create was first sent. */
  updatedAt: Date;
}

export async function readOutbox(db: Queryable, id: string): Promise<OutboxRow[]> {
  const { rows } = await db.query<{
    step: number;
    status: OutboxRow['status'];
    operation: Operation;
    record_id: string | null;
    updated_at: Date;
  }>(
    `select step, status, operation, record_id, updated_at from event_operations
      where event_id = $1 order by step`,
    [id],
  );
  return rows.map((row) => ({
    step: row.step,
    status: row.status,
    operation: row.operation,
    recordId: row.record_id,
    updatedAt: row.updated_at,
  }));
}

export async function markOperation(
  db: Queryable,
  id: string,
  step: number,
  change: {
    status: OutboxRow['status'];
    recordId?: string | null;
    marker?: string;
    error?: ActivityError | null;
  },
): Promise<void> {
  await db.query(
    `update event_operations set status = $3, record_id = coalesce($4, record_id), marker = coalesce($5, marker),
            error = $6, updated_at = now()
      where event_id = $1 and step = $2`,
    [
      id,
      step,
      change.status,
      change.recordId ?? null,
      change.marker ?? null,
      change.error ? JSON.stringify(change.error) : null,
    ],
  );
}

export async function readLinks(
  db: Queryable,
  tenantId: string,
  conversationId: string,
): Promise<StoredLink[]> {
  const { rows } = await db.query<StoredLink & { record_id: string }>(
    'select module, role, record_id from conversation_links where tenant_id = $1 and conversation_id = $2',
    [tenantId, conversationId],
  );
  return rows.map((row) => ({ module: row.module, role: row.role, id: row.record_id }));
}

/** The first record of a (module, role) stays the conversation's: later events update it. */
export async function addLink(
  db: Queryable,
  tenantId: string,
  conversationId: string,
  link: StoredLink,
): Promise<void> {
  await db.query(
    `insert into conversation_links (tenant_id, conversation_id, module, role, record_id)
     values ($1, $2, $3, $4, $5) on conflict do nothing`,
    [tenantId, conversationId, link.module, link.role, link.id],
  );
}
