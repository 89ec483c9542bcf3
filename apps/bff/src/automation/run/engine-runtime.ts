import type { ZohoDeps } from '../../app-deps.ts';
import type { StoredTokens } from '../../tokens/token-vault.ts';
import type { ConnectionRecord } from '../../zoho/connection-store.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';
import { editionConcurrency } from '../../zoho/runtime.ts';
import type { ZohoClient } from '../../zoho/zoho-client.ts';
import type { BatchedLookups } from '../zoho-calls/batched-lookups.ts';
import type { CreditBudget } from '../zoho-calls/credit-budget.ts';
import type { MirrorWriteQueue } from '../../customer-data/sync/mirror-write-queue.ts';
import type { OutboxMarks } from '../store/outbox-marks.ts';
import type { IdentityFinder } from '../../customer-data/index/batched-identity-finder.ts';
import type { EngineOptions } from './engine-options.ts';
import type { LockSession } from './lock-session.ts';
import { withOrgSlots, ZOHO_SUB_CONCURRENCY } from '../zoho-calls/slotted-client.ts';
import type { WriteBatcher } from '../zoho-calls/write-batcher.ts';
import type { ZohoBreaker } from '../zoho-calls/zoho-breaker.ts';

/** What one engine process shares between the conversations it works on. */
export interface EngineRuntime {
  deps: ZohoDeps;
  options: EngineOptions;
  locks: LockSession;
  writes: WriteBatcher;
  reads: BatchedLookups;
  breaker: ZohoBreaker;
  budget: CreditBudget;
  /** Puts the records the engine wrote into the tenant's mirror, many conversations per transaction. */
  mirror: MirrorWriteQueue;
  /** Marks outbox rows of many conversations per statement. */
  marks: OutboxMarks;
  /** Asks the tenants' mirrors for the identities of many conversations per statement. */
  identities: IdentityFinder;
}

/** The tenant's Zoho client as the engine uses it: every call inside the org's shared slots. */
export async function engineClient(
  runtime: EngineRuntime,
  tenantId: string,
  /** The attempt's one read of the connection (undefined: not connected; the client then says so). */
  connection: ConnectionRecord | undefined,
  /** The tenant's tokens when the caller has them (read here otherwise). */
  tokens?: StoredTokens,
): Promise<ZohoClient> {
  const { deps, options } = runtime;
  const client = await getZohoClient(deps, tenantId, connection, tokens);
  const headroom = options.orgHeadroom;
  return withOrgSlots(client, runtime.locks, {
    all: Math.max(1, editionConcurrency(connection?.org?.edition) - headroom),
    complex: Math.max(1, ZOHO_SUB_CONCURRENCY - headroom),
  });
}
