import type { ZohoClient } from '../../zoho/zoho-client.ts';
import type { LockSession } from '../run/lock-session.ts';
import { acquireOrgSlot } from './org-slot.ts';

/**
 * Zoho's sub-concurrency limit for complex APIs (COQL, search, writes of more than 10 records), on every
 * edition; beyond it Zoho answers 429 (https://www.zoho.com/crm/developer/docs/api/v2/api-limits.html).
 */
export const ZOHO_SUB_CONCURRENCY = 10;

export interface SlotLimits {
  /** Calls in flight per org across every process (edition limit minus headroom for the console). */
  all: number;
  /** Complex calls in flight per org (Zoho's sub-concurrency limit minus the same headroom). */
  complex: number;
}

const WRITES = new Set(['insertRecords', 'updateRecords', 'upsertRecords']);

/** Search, COQL and writes of more than 10 records count against Zoho's sub-concurrency limit. */
function isComplex(method: string, args: unknown[]): boolean {
  if (method === 'search' || method === 'coql') return true;
  return WRITES.has(method) && Array.isArray(args[1]) && args[1].length > 10;
}

/**
 * The engine's view of a tenant's client: every Zoho call first takes an org slot, so all engine
 * processes together stay under the org's limits (a 429 would cost a retry, and the console's calls
 * share the org's budget). Slots are per call, not per event: events waiting for a batched write hold
 * none.
 */
export function withOrgSlots(client: ZohoClient, session: LockSession, limits: SlotLimits): ZohoClient {
  const key = { connectionId: client.connectionId };
  return new Proxy(client, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      const method = value as (...args: unknown[]) => Promise<unknown>;
      return async (...args: unknown[]) => {
        const complex = isComplex(property, args)
          ? await acquireOrgSlot(session, { ...key, pool: 'complex' }, limits.complex)
          : undefined;
        try {
          const slot = await acquireOrgSlot(session, { ...key, pool: 'all' }, limits.all);
          try {
            return await method.apply(target, args);
          } finally {
            await slot.release();
          }
        } finally {
          await complex?.release();
        }
      };
    },
  });
}
