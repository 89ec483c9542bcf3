import { type LinkedRecord, linkedRecordSchema } from '@cxc/shared/api/agent-panel';
import type { Queryable } from '../../db/queryable.ts';
import { AppError } from '../../errors/app-error.ts';
import { panelRefusal } from './panel-refusal.ts';

export interface ActionRequestKey {
  tenantId: string;
  requestId: string;
  agentEmail: string;
  action: string;
}

/** How long a request id is remembered: far longer than any retry, short enough to stay a small table. */
const KEEP = '1 day';
/** A double click arrives while the first request is still at Zoho: wait this long for its answer. */
const WAIT_FOR_FIRST_MS = 20_000;
const POLL_MS = 100;

interface RequestRow {
  agent_email: string;
  record: unknown;
  uncertain: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Undefined: this request now owns the id. Otherwise the row of the request that owns it. */
async function tryClaim(db: Queryable, key: ActionRequestKey): Promise<RequestRow | 'gone' | undefined> {
  const claimed = await db.query(
    `insert into agent_action_requests (tenant_id, request_id, agent_email, action)
     values ($1, $2, lower($3), $4)
     on conflict (tenant_id, request_id) do nothing`,
    [key.tenantId, key.requestId, key.agentEmail, key.action],
  );
  if (claimed.rowCount === 1) return undefined;
  // A separate statement on purpose: its snapshot is taken after the insert waited for the other request's
  // transaction, so it sees that row (one statement with the insert in a CTE would not).
  const { rows } = await db.query<RequestRow>(
    'select agent_email, record, uncertain from agent_action_requests where tenant_id = $1 and request_id = $2',
    [key.tenantId, key.requestId],
  );
  return rows[0] ?? 'gone';
}

/**
 * Claims the request id for this action, or answers what the first request with that id did: its record
 * (nothing is written twice), a wait while it is still running, or a conflict when Zoho may have written it
 * without our hearing back. Undefined means the caller owns the request and must complete or release it.
 */
export async function claimActionRequest(
  db: Queryable,
  key: ActionRequestKey,
): Promise<LinkedRecord | undefined> {
  await db.query(`delete from agent_action_requests where started_at < now() - interval '${KEEP}'`);
  for (let waited = 0; ; waited += POLL_MS) {
    const existing = await tryClaim(db, key);
    if (!existing) return undefined;
    // The first request failed and let go of the id between our insert and our read: claim it again.
    if (existing === 'gone') continue;
    if (existing.agent_email !== key.agentEmail.toLowerCase()) {
      throw panelRefusal(
        'CONFLICT',
        'request_id_taken',
        {},
        'This request id belongs to another action. Send the form again.',
      );
    }
    if (existing.record !== null) return linkedRecordSchema.parse(existing.record);
    if (existing.uncertain) {
      const message =
        'An earlier attempt may have created this record in Zoho CRM while Zoho was not answering. ' +
        'Check the conversation’s records or search Zoho before sending it again.';
      // The console reads `may_exist` as "a new request id writes a new record", the agent's informed choice.
      throw new AppError('CONFLICT', message, [{ path: ['requestId'], code: 'may_exist', message }]);
    }
    if (waited >= WAIT_FOR_FIRST_MS) {
      throw panelRefusal(
        'CONFLICT',
        'still_sending',
        {},
        'This action is still being sent to Zoho CRM. Wait a moment.',
      );
    }
    await sleep(POLL_MS);
  }
}

/** The record Zoho created: every later request with this id answers it. */
export async function completeActionRequest(
  db: Queryable,
  key: ActionRequestKey,
  record: LinkedRecord,
): Promise<void> {
  await db.query('update agent_action_requests set record = $3 where tenant_id = $1 and request_id = $2', [
    key.tenantId,
    key.requestId,
    JSON.stringify(record),
  ]);
}

/** Nothing reached Zoho (or Zoho refused it): the same id may be sent again, e.g. after fixing a field. */
export async function releaseActionRequest(db: Queryable, key: ActionRequestKey): Promise<void> {
  await db.query('delete from agent_action_requests where tenant_id = $1 and request_id = $2', [
    key.tenantId,
    key.requestId,
  ]);
}

/** Zoho stopped answering mid-write: the record may exist, so the same id must not write blindly again. */
export async function markActionRequestUncertain(db: Queryable, key: ActionRequestKey): Promise<void> {
  await db.query(
    'update agent_action_requests set uncertain = true where tenant_id = $1 and request_id = $2',
    [key.tenantId, key.requestId],
  );
}
