import { ACME_ORG_ID } from '@cxc/zoho-sim';
import type { MirrorRuntime } from '../src/customer-data/sync/mirror-runtime.ts';
import { CreditBudget } from '../src/automation/zoho-calls/credit-budget.ts';
import { getZohoClient } from '../src/zoho/get-zoho-client.ts';
import type { TestStack } from './start-test-stack.ts';

/**
 * Sync's runtime as one process would build it, over the stack's pool and the tenant's real client
 * (the simulator over HTTP). A fresh budget per runtime: its verdict cache would hide a changed limit.
 * `sliceMs: 0` makes every run store one import page (or one Bulk Read step) and stop, as a process killed
 * after it would.
 */
export function mirrorRuntime(
  stack: TestStack,
  options: { sliceMs?: number; bulkThreshold?: number; notifyUrl?: string } = {},
): MirrorRuntime {
  return {
    pool: stack.pool,
    logger: stack.deps.logger,
    client: (tenantId) => getZohoClient(stack.deps, tenantId),
    budget: new CreditBudget(stack.pool),
    sliceMs: options.sliceMs ?? 60_000,
    // Bulk Read only where a test asks for it; the simulator writes a job within a few milliseconds.
    bulk: { threshold: options.bulkThreshold ?? 0, pollMs: 20 },
    watch: options.notifyUrl ? { notifyUrl: options.notifyUrl } : null,
    now: Date.now,
  };
}

export const ACME = ACME_ORG_ID;

/** `POST /__sim/<path>` on the simulator's control API. */
export async function simControl(baseUrl: string, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${baseUrl}/__sim${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`simulator ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}
