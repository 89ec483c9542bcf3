import { getScreenPop } from '@cxc/shared/api/agent-panel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME, mirrorRuntime, simControl } from '../../test/mirror-runtime.ts';
import { call, ok } from '../../test/settings-api.ts';
import { type ConnectedStack, startConnectedStack } from '../../test/start-connected-stack.ts';
import { writeMirrorSettings } from './store/mirror-settings-store.ts';
import { syncTenant } from './sync/sync-tenant.ts';

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
  await env?.stop();
});

const popNames = async (phone: string) => {
  const body = ok(
    await call(env.acmeAdmin, getScreenPop, { tenantId: 'acme' }, { query: { channel: 'calls', phone } }),
  );
  expect(body.answeredFrom).toBe('mirror');
  return body.matches.map((m) => `${m.module}:${m.name}`);
};

/**
 * Issue 13: a rename made through the simulator's mass change never reached the screen pop. The poll did
 * read it (Last_Name and Modified_Time moved); the simulator kept the old Full_Name, which Zoho derives
 * on every save, and the pop shows Full_Name.
 */
describe('a change made in Zoho by another user (mass update in the CRM screens)', () => {
  it('reaches the screen pop at the next poll, with the derived full name', async () => {
    expect(await popNames('(415) 555-0100')).toContain('Contacts:Jane Roe');
    const { rows } = await env.stack.pool.query<{ zoho_id: string; values: Record<string, unknown> }>(
      `select zoho_id, values from mirror_records where tenant_id = 'acme' and module = 'Contacts' and full_name = 'Jane Roe'`,
    );
    const jane = rows[0]!;
    const changed = (await simControl(env.sim.baseUrl, '/crm/mass-change', {
      org_id: ACME,
      module: 'Contacts',
      ids: [jane.zoho_id],
      as_user: 'dan@acme.example',
      set: { Last_Name: 'Renamed' },
    })) as { count: number };
    expect(changed.count).toBe(1);

    await syncTenant(mirrorRuntime(env.stack), 'acme', { force: true });
    const { rows: after } = await env.stack.pool.query<{
      full_name: string;
      values: Record<string, unknown>;
    }>(
      `select full_name, values from mirror_records where tenant_id = 'acme' and module = 'Contacts' and zoho_id = $1`,
      [jane.zoho_id],
    );
    expect(after[0]?.values.Last_Name).toBe('Renamed');
    expect(after[0]?.values.Full_Name).toBe('Jane Renamed');
    expect(after[0]?.full_name).toBe('Jane Renamed');
    expect(after[0]?.values.Modified_Time).not.toBe(jane.values.Modified_Time);
    expect(after[0]?.values.Modified_By).toMatchObject({ name: 'Dan Senior' });
    expect(await popNames('(415) 555-0100')).toContain('Contacts:Jane Renamed');
  });
});
