import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mirrorRuntime } from '../../test/mirror-runtime.ts';
import { type ConnectedStack, simRequests, startConnectedStack } from '../../test/start-connected-stack.ts';
import { getZohoClient } from '../zoho/get-zoho-client.ts';
import { findByIdentity } from './index/find-in-mirror.ts';
import { writeMirrorSettings } from './store/mirror-settings-store.ts';
import { mirrorWrittenRecord } from './sync/mirror-written-record.ts';
import { syncTenant } from './sync/sync-tenant.ts';
import { applyNotification } from './watch/apply-notification.ts';

let env: ConnectedStack;

beforeAll(async () => {
  env = await startConnectedStack();
  await writeMirrorSettings(
    env.stack.pool,
    'acme',
    { mode: 'cache', modules: ['Leads', 'Contacts'], intervalMinutes: 1 },
    'test',
  );
  await syncTenant(mirrorRuntime(env.stack), 'acme');
}, 120_000);
afterAll(async () => {
  await env.stop();
});

const readsOf = async (since: number, id: string) =>
  (await simRequests(env.sim, since)).requests.filter((r) => r.method === 'GET' && r.path.includes(id));
const insertLead = async (lastName: string, email: string) => {
  const zoho = await getZohoClient(env.stack.deps, 'acme');
  const created = await zoho.insertRecords('Leads', [
    { Last_Name: lastName, Company: 'Own Ltd', Email: email },
  ]);
  return String(created.results[0]?.details.id);
};

describe('a "created" notification', () => {
  it('costs no Zoho call for a record the connector wrote itself (the mirror already holds it)', async () => {
    const written = { Last_Name: 'Ownwrite', Company: 'Own Ltd', Email: 'own.write@example.net' };
    const id = await insertLead(written.Last_Name, written.Email);
    await mirrorWrittenRecord(env.stack, 'acme', 'Leads', id, written);
    const { lastSeq } = await simRequests(env.sim);
    await applyNotification(mirrorRuntime(env.stack), 'acme', {
      module: 'Leads',
      operation: 'insert',
      ids: [id],
    });
    expect(await readsOf(lastSeq, id)).toEqual([]);
    const found = await findByIdentity(env.stack.pool, 'acme', ['Leads'], {
      kind: 'email',
      key: 'own.write@example.net',
    });
    expect(found.map((h) => h.record.id)).toEqual([id]);
  });

  it('reads a record someone else created in Zoho, once, and mirrors it', async () => {
    const id = await insertLead('Elsewhere', 'else.where@example.net');
    const { lastSeq } = await simRequests(env.sim);
    await applyNotification(mirrorRuntime(env.stack), 'acme', {
      module: 'Leads',
      operation: 'insert',
      ids: [id],
    });
    expect((await readsOf(lastSeq, id)).length).toBe(1);
    const found = await findByIdentity(env.stack.pool, 'acme', ['Leads'], {
      kind: 'email',
      key: 'else.where@example.net',
    });
    expect(found.map((h) => String(h.record.Last_Name))).toEqual(['Elsewhere']);
  });
});
