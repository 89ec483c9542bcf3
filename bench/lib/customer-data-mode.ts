import { type MirrorMode, mirrorModeSchema } from '../../packages/shared/src/api/customer-data.ts';
import { mirrorRuntime } from '../../apps/bff/test/mirror-runtime.ts';
import { writeMirrorSettings } from '../../apps/bff/src/customer-data/store/mirror-settings-store.ts';
import { syncTenant } from '../../apps/bff/src/customer-data/sync/sync-tenant.ts';
import { WATCH_CALLBACK_PATH } from '../../apps/bff/src/customer-data/watch/watch-channel.ts';
import type { BenchStack } from './bench-stack.ts';

/** `--customer-data live|auto|cache`, as the tenant administrator chooses it (auto is the product's default). */
export function parseCustomerDataMode(value: string | undefined): MirrorMode {
  const parsed = mirrorModeSchema.safeParse(value ?? 'auto');
  if (!parsed.success) throw new Error('--customer-data takes live, auto or cache');
  return parsed.data;
}

/**
 * Sets Acme's customer-data mode before the measured run. For `cache` and `auto` the mirror is imported
 * first (as a tenant's would be long before this traffic), with its watch channel, so the run measures
 * identification from the mirror, not the import's page reads; the engine's mirror worker then keeps it
 * as in production.
 */
export async function useCustomerDataMode(bench: BenchStack, mode: MirrorMode): Promise<void> {
  const { pool } = bench.stack;
  await writeMirrorSettings(
    pool,
    'acme',
    { mode, modules: ['Leads', 'Contacts', 'Accounts'], intervalMinutes: 5 },
    'bench',
  );
  if (mode === 'live') return;
  // The watch channel too, as a product with PUBLIC_URL keeps one: Zoho then pushes every change.
  const notifyUrl = `${bench.stack.baseUrl}${WATCH_CALLBACK_PATH}`;
  const runtime = mirrorRuntime(bench.stack, { sliceMs: 3_600_000, notifyUrl });
  for (let run = 1; run <= 20; run += 1) {
    await syncTenant(runtime, 'acme', { force: run > 1 });
    const { rows } = await pool.query<{ phase: string }>(
      "select phase from mirror_sync_state where tenant_id = 'acme'",
    );
    if (rows.length > 0 && rows.every((r) => r.phase === 'ready')) return;
  }
  throw new Error('the mirror import did not finish in 20 sync runs');
}
