import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../../../test/start-test-stack.ts';
import { inTransaction } from '../../db/queryable.ts';
import { upsertTenant } from '../../services/tenants/upsert-tenant.ts';
import { mirrorRow, standardIdentityFields } from '../index/identity-keys.ts';
import { mirrorWrittenRecord } from '../sync/mirror-written-record.ts';
import { storeRecords } from './record-store.ts';
import { lockSyncStates, patchSyncState, readSyncStates, startImport } from './sync-state-store.ts';

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

/** True once some session of this database waits for a lock (the second transaction queued). */
async function someoneWaits(): Promise<boolean> {
  const { rows } = await stack.pool.query<{ n: number }>(
    `select count(*)::int as n from pg_stat_activity
      where wait_event_type = 'Lock' and datname = current_database()`,
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

describe('a sync page and a record the connector just wrote', () => {
  it('queue up instead of deadlocking (the sync holds its state rows, then stores records)', async () => {
    const record = (id: string, name: string) => {
      const values = { id, Last_Name: name, Email: `${id}@example.com` };
      const row = mirrorRow('Contacts', values, standardIdentityFields('Contacts'), undefined, undefined);
      return { row, values };
    };
    let syncLocked!: () => void;
    const locked = new Promise<void>((resolve) => (syncLocked = resolve));
    let writtenDone = false;
    const sync = inTransaction(stack.pool, async (db) => {
      await lockSyncStates(db, TENANT);
      syncLocked();
      // The engine's write arrives while the sync holds its locks: wait until it queues (or finishes).
      while (!writtenDone && !(await someoneWaits())) await new Promise((resolve) => setTimeout(resolve, 5));
      await storeRecords(db, TENANT, 'org-1', 'Contacts', [record('900001', 'Synced')]);
    });
    const written = (async () => {
      await locked;
      await mirrorWrittenRecord({ pool: stack.pool }, TENANT, 'Contacts', '900002', { Last_Name: 'Written' });
      writtenDone = true;
    })();
    await expect(Promise.all([sync, written])).resolves.toBeDefined();
    const { rows } = await stack.pool.query<{ zoho_id: string }>(
      'select zoho_id from mirror_records where tenant_id = $1 order by zoho_id',
      [TENANT],
    );
    // mirrorWrittenRecord only logs a failure (best effort): a deadlock shows as its record missing.
    expect(rows.map((r) => r.zoho_id)).toEqual(['900001', '900002']);
  });
});
