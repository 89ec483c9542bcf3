import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../../../test/start-test-stack.ts';
import { inTransaction } from '../../db/queryable.ts';
import { upsertTenant } from '../../services/tenants/upsert-tenant.ts';
import { patchSyncState, readSyncStates, startImport } from './sync-state-store.ts';

let stack: TestStack;
const TENANT = 'sync-state-locks';

beforeAll(async () => {
  stack = await startTestStack();
  await upsertTenant(stack.pool, { id: TENANT, name: 'Sync state locks' });
  for (const module of ['Leads', 'Contacts', 'Accounts'] as const)
    await startImport(stack.pool, TENANT, module, 'org-1');
});
afterAll(async () => {
  await stack.stop();
});

/** True once some session waits for a row lock on the sync state (the second transaction queued). */
async function someoneWaits(): Promise<boolean> {
  const { rows } = await stack.pool.query<{ n: number }>(
    `select count(*)::int as n from pg_stat_activity
      where wait_event_type = 'Lock' and query like '%mirror_sync_state%'`,
  );
  return (rows[0]?.n ?? 0) > 0;
}

describe('patchSyncState', () => {
  it('lets two transactions patch two modules in opposite orders without a deadlock', async () => {
    let firstDone!: () => void;
    const firstPatched = new Promise<void>((resolve) => (firstDone = resolve));
    let secondStarted = false;
    let secondPatchedFirst = false;
    const a = inTransaction(stack.pool, async (db) => {
      await patchSyncState(db, TENANT, 'Leads', { imported_add: 1 });
      firstDone();
      // Wait until B has either patched Contacts (no ordering: then a deadlock follows) or queued.
      while (!(secondStarted && (secondPatchedFirst || (await someoneWaits()))))
        await new Promise((resolve) => setTimeout(resolve, 5));
      await patchSyncState(db, TENANT, 'Contacts', { imported_add: 1 });
    });
    const b = (async () => {
      await firstPatched;
      await inTransaction(stack.pool, async (db) => {
        secondStarted = true;
        await patchSyncState(db, TENANT, 'Contacts', { imported_add: 10 });
        secondPatchedFirst = true;
        await patchSyncState(db, TENANT, 'Leads', { imported_add: 10 });
      });
    })();
    await expect(Promise.all([a, b])).resolves.toBeDefined();
    const states = await readSyncStates(stack.pool, TENANT);
    expect(states.map((s) => `${s.module}:${s.imported}`)).toEqual(['Accounts:0', 'Contacts:11', 'Leads:11']);
  });
});
