import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME, mirrorRuntime, simControl } from '../../test/mirror-runtime.ts';
import {
  type ConnectedStack,
  simRecordCounts,
  startConnectedStack,
} from '../../test/start-connected-stack.ts';
import { getZohoClient } from '../zoho/get-zoho-client.ts';
import { findByIdentity } from './index/find-in-mirror.ts';
import { writeMirrorSettings } from './store/mirror-settings-store.ts';
import { readSyncStates, type SyncState } from './store/sync-state-store.ts';
import { syncTenant } from './sync/sync-tenant.ts';

let env: ConnectedStack;
const THRESHOLD = 400;

beforeAll(async () => {
  env = await startConnectedStack();
  await simControl(env.sim.baseUrl, '/generate', { org_id: ACME, module: 'Contacts', count: 2300 });
  // Pages of 1,500 records: the first page is applied in two batches (1,000 and 500), so a run can stop
  // mid-page, and the org needs a second job (more_records).
  await simControl(env.sim.baseUrl, '/crm/bulk-read', { per_page: 1500, queued_ms: 0 });
  await writeMirrorSettings(
    env.stack.pool,
    'acme',
    { mode: 'cache', modules: ['Leads', 'Contacts'], intervalMinutes: 1 },
    'test',
  );
}, 120_000);
afterAll(async () => {
  await env.stop();
});

const state = async (module: string): Promise<SyncState | undefined> =>
  (await readSyncStates(env.stack.pool, 'acme')).find((s) => s.module === module);
const bulkJobs = async () => {
  const response = await fetch(`${env.sim.baseUrl}/__sim/crm/bulk-read/jobs/${ACME}`);
  const { jobs } = (await response.json()) as { jobs: { query: { module: string; page: number } }[] };
  return jobs.map((j) => `${j.query.module}:${j.query.page}`);
};
const mirroredValues = async (module: string) => {
  const { rows } = await env.stack.pool.query<{ values: ZohoRecord }>(
    'select values from mirror_records where tenant_id = $1 and module = $2 and not deleted',
    ['acme', module],
  );
  return new Map(rows.map((r) => [r.values.id, r.values]));
};
/** What identification and the customer list read, as the record API gives it. */
const essentials = (r: ZohoRecord) => ({
  id: r.id,
  First_Name: r.First_Name ?? null,
  Last_Name: r.Last_Name ?? null,
  Email: r.Email ?? null,
  Phone: r.Phone ?? null,
  Mobile: r.Mobile ?? null,
  Owner: r.Owner ? { id: (r.Owner as { id: string }).id, name: (r.Owner as { name: string }).name } : null,
  Account_Name: r.Account_Name
    ? { id: (r.Account_Name as { id: string }).id, name: (r.Account_Name as { name: string }).name }
    : null,
  Modified_Time: r.Modified_Time,
});

describe('Bulk Read import', () => {
  it(
    'imports a large module by Bulk Read jobs, resumes mid-page after a stop, and a small one by pages',
    { timeout: 90_000 },
    async () => {
      // A run that stops after every step, as a process killed after it would.
      const interrupted = mirrorRuntime(env.stack, { sliceMs: 0, bulkThreshold: THRESHOLD });
      let midPage = false;
      for (let run = 0; run < 30 && !midPage; run += 1) {
        await syncTenant(interrupted, 'acme', { force: true });
        const cursor = (await state('Contacts'))?.importCursor;
        midPage = cursor !== null && cursor !== undefined && 'bulk' in cursor && cursor.bulk.rows === 1000;
      }
      expect(midPage).toBe(true);
      expect((await state('Contacts'))?.totalEstimate).toBe(3000);
      // A fresh process continues from the stored job and row: no new job for page 1.
      await syncTenant(mirrorRuntime(env.stack, { bulkThreshold: THRESHOLD }), 'acme', { force: true });
      const counts = await simRecordCounts(env.sim, ACME);
      const contacts = await state('Contacts');
      expect([contacts?.phase, contacts?.importCursor, contacts?.totalEstimate]).toEqual([
        'ready',
        null,
        counts.Contacts,
      ]);
      expect((await bulkJobs()).sort()).toEqual(['Contacts:1', 'Contacts:2']);
      expect((await state('Leads'))?.phase).toBe('ready');

      const mirrored = await mirroredValues('Contacts');
      expect(mirrored.size).toBe(counts.Contacts);
      // The CSV's values land in the same shape as records read page by page.
      const zoho = await getZohoClient(env.stack.deps, 'acme');
      for (const page of [1, 7]) {
        const { data } = await zoho.get('/Contacts', { query: { page, per_page: 200 } });
        const records = (data as { data: ZohoRecord[] }).data;
        expect(records.length).toBe(200);
        for (const record of records)
          expect(essentials(mirrored.get(record.id)!)).toEqual(essentials(record));
      }
    },
  );

  it('indexes the imported rows, and polling continues from when the first job was created', async () => {
    const hits = await findByIdentity(env.stack.pool, 'acme', ['Contacts'], {
      kind: 'email',
      key: 'jane.roe@example.com',
    });
    expect(hits.map((h) => h.record.Last_Name)).toEqual(['Roe']);
    const zoho = await getZohoClient(env.stack.deps, 'acme');
    await zoho.updateRecords('Contacts', [{ id: hits[0]!.record.id, Phone: '+1 415 555 0444' }]);
    await syncTenant(mirrorRuntime(env.stack), 'acme', { force: true });
    const byPhone = await findByIdentity(env.stack.pool, 'acme', ['Contacts'], {
      kind: 'phone',
      key: '+14155550444',
    });
    expect(byPhone.map((h) => h.record.Last_Name)).toEqual(['Roe']);
    // The keys of a record stored before are replaced, not added to.
    const oldPhone = await findByIdentity(env.stack.pool, 'acme', ['Contacts'], {
      kind: 'phone',
      key: '+14155550100',
    });
    expect(oldPhone).toEqual([]);
  });

  it('leaves the planner knowing how many rows the import wrote', async () => {
    const { rows } = await env.stack.pool.query<{ relname: string; reltuples: number }>(
      `select relname, reltuples::float8 as reltuples from pg_class
        where relname in ('mirror_records', 'mirror_identities') order by relname`,
    );
    const counts = await simRecordCounts(env.sim, ACME);
    expect(rows.map((r) => r.relname)).toEqual(['mirror_identities', 'mirror_records']);
    for (const row of rows) expect(row.reltuples).toBeGreaterThanOrEqual(counts.Contacts ?? 1);
  });
});
