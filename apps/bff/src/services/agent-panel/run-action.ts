import type { LinkedRecord } from '@cxc/shared/api/agent-panel';
import type { SessionUser } from '@cxc/shared/api/session';
import type { AppDeps } from '../../app-deps.ts';
import { ZohoUnreachableError } from '../../zoho/zoho-errors.ts';
import {
  type ActionRequestKey,
  claimActionRequest,
  completeActionRequest,
  markActionRequestUncertain,
  releaseActionRequest,
} from './action-requests.ts';
import { type ActionInput, createActionRecord } from './create-action-record.ts';

/**
 * One agent action, at most once per request id: a double click or a retry after a lost answer gets the
 * first request's record instead of a second record at Zoho.
 */
export async function runAction(
  deps: AppDeps,
  tenantId: string,
  agent: SessionUser,
  input: ActionInput & { requestId: string },
): Promise<LinkedRecord> {
  const key: ActionRequestKey = {
    tenantId,
    requestId: input.requestId,
    agentEmail: agent.email,
    action: input.action,
  };
  const earlier = await claimActionRequest(deps.pool, key);
  if (earlier) return earlier;
  let record: LinkedRecord;
  try {
    record = await createActionRecord(deps, tenantId, agent, input);
  } catch (error) {
    // Unreachable mid-write: Zoho may have created it, so the id must not write blindly again.
    const settle = error instanceof ZohoUnreachableError ? markActionRequestUncertain : releaseActionRequest;
    await settle(deps.pool, key).catch((failure: unknown) => {
      deps.logger.warn({ err: failure }, 'agent action: settling the request id failed');
    });
    throw error;
  }
  await completeActionRequest(deps.pool, key, record).catch((failure: unknown) => {
    deps.logger.warn({ err: failure }, 'agent action: remembering the answer failed after Zoho created it');
  });
  return record;
}
