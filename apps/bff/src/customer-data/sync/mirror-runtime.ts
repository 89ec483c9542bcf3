import type { Pool } from 'pg';
import type { Logger } from 'pino';
import type { BudgetVerdict } from '../../automation/zoho-calls/credit-budget.ts';
import type { ZohoClient } from '../../zoho/zoho-client.ts';

/**
 * What sync needs from the process: the pool, a Zoho client that takes the engine's org slots for every
 * call, and the engine's credit budget. The engine builds it from its own runtime, so import and sync
 * share the org's concurrency and 24-hour budget with automation.
 */
export interface MirrorRuntime {
  pool: Pool;
  logger: Logger;
  client(tenantId: string): Promise<ZohoClient>;
  budget: { check(tenantId: string): Promise<BudgetVerdict> };
  /** How long one sync run may keep importing before it yields (other tenants wait for the worker). */
  sliceMs: number;
  /**
   * Bulk Read: a paged import that has read `threshold` records and still has more switches to Bulk Read
   * jobs (0: never); a job's state is read every `pollMs` until Zoho has written it.
   */
  bulk: { threshold: number; pollMs: number };
  /** Set when Zoho can reach this BFF (PUBLIC_URL): changes are pushed to `notifyUrl` (Notification API). */
  watch: { notifyUrl: string } | null;
  now(): number;
}
