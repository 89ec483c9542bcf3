import { getScreenPop } from '@cxc/shared/api/agent-panel';
import { saveSettings } from '@cxc/shared/api/settings';
import { defaultSettings } from '@cxc/shared/domain/settings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRoundTrips } from '../../test/count-round-trips.ts';
import { mirrorRuntime } from '../../test/mirror-runtime.ts';
import { call, ok } from '../../test/settings-api.ts';
import type { SignedInClient } from '../../test/sign-in.ts';
import { type ConnectedStack, simRequests, startConnectedStack } from '../../test/start-connected-stack.ts';
import { getZohoClient } from '../zoho/get-zoho-client.ts';
import { writeMirrorSettings } from './store/mirror-settings-store.ts';
import { syncTenant } from './sync/sync-tenant.ts';

const JANE = '+14155550100';
const ALL = ['Leads', 'Contacts', 'Accounts'] as const;

let env: ConnectedStack;

beforeAll(async () => {
  env = await startConnectedStack();
  await writeMirrorSettings(
    env.stack.pool,
    'acme',
    { mode: 'cache', modules: [...ALL], intervalMinutes: 5 },
    'test',
  );
  await syncTenant(mirrorRuntime(env.stack), 'acme');
}, 120_000);
afterAll(async () => {
  await env?.stop();
});

/** A screen pop for `phone` and the Zoho calls it made. */
async function pop(phone: string, client: SignedInClient = env.acmeAdmin, tenantId = 'acme') {
  const { lastSeq } = await simRequests(env.sim);
  const body = ok(await call(client, getScreenPop, { tenantId }, { query: { channel: 'calls', phone } }));
  const { requests } = await simRequests(env.sim, lastSeq);
  return {
    ...body,
    zohoCalls: requests.map((r) => r.path),
    names: body.matches.map((m) => `${m.module}:${m.name}`),
  };
}

// Each change below is written straight to PostgreSQL, as another BFF process would: nothing in this
// process is told, so only the version check in the pop's first query can notice it.
describe('screen pop in cache mode', () => {
  it('asks PostgreSQL twice per pop once warm: the tenant state, then the mirror for every key', async () => {
    await pop(JANE);
    const counter = countRoundTrips(env.stack.pool);
    try {
      const { answeredFrom, names } = await pop('(415) 555-0100');
      expect(answeredFrom).toBe('mirror');
      expect(names).toContain('Contacts:Jane Roe');
      // The session lookup is cached on its own bound (SESSION_CACHE_SECONDS): counted apart.
      const statements = counter.statements.filter((s) => !/\bsessions\b/.test(s));
      expect(statements).toEqual([
        expect.stringContaining('connection_version'),
        expect.stringContaining('mirror_identities'),
      ]);
    } finally {
      counter.restore();
    }
  });

  it('follows a switch to live mode and a removed module on the very next pop', async () => {
    expect((await pop(JANE)).zohoCalls).toEqual([]);
    await writeMirrorSettings(
      env.stack.pool,
      'acme',
      { mode: 'live', modules: [...ALL], intervalMinutes: 5 },
      'other',
    );
    const live = await pop(JANE);
    expect(live.answeredFrom).toBe('zoho');
    expect(live.zohoCalls.length).toBeGreaterThan(0);
    expect(live.names).toContain('Contacts:Jane Roe');

    await writeMirrorSettings(
      env.stack.pool,
      'acme',
      { mode: 'cache', modules: ['Leads', 'Accounts'], intervalMinutes: 5 },
      'other',
    );
    const withoutContacts = await pop(JANE);
    expect(withoutContacts.answeredFrom).toBe('mirror');
    // Contacts left the mirror's modules: Jane is found by asking Zoho, never from the cached view.
    expect(withoutContacts.zohoCalls.some((p) => p.includes('Contacts'))).toBe(true);
    expect(withoutContacts.names).toContain('Contacts:Jane Roe');

    await writeMirrorSettings(
      env.stack.pool,
      'acme',
      { mode: 'cache', modules: [...ALL], intervalMinutes: 5 },
      'other',
    );
    expect((await pop(JANE)).zohoCalls).toEqual([]);
  });

  it('uses the integration settings saved a moment ago, at every save', async () => {
    const settings = defaultSettings();
    let baseVersion: number | null = null;
    for (const mode of ['manual', 'automatic', 'manual'] as const) {
      settings.channels.calls.mode = mode;
      const saved: { version: { number: number } } = ok(
        await call(env.acmeAdmin, saveSettings, { tenantId: 'acme' }, { body: { settings, baseVersion } }),
      );
      baseVersion = saved.version.number;
      expect((await pop(JANE)).mode).toBe(mode);
    }
  });

  it('shows a change synced into the mirror on the next pop', async () => {
    const { rows } = await env.stack.pool.query<{ zoho_id: string }>(
      "select zoho_id from mirror_records where tenant_id = 'acme' and module = 'Contacts' and full_name = 'Jane Roe'",
    );
    const id = rows[0]?.zoho_id ?? '';
    expect((await pop(JANE)).names).toContain('Contacts:Jane Roe');
    const zoho = await getZohoClient(env.stack.deps, 'acme');
    await zoho.updateRecords('Contacts', [{ id, Phone: '+1 415 555 0199' }]);
    await syncTenant(mirrorRuntime(env.stack), 'acme', { force: true });
    expect((await pop('+1 415 555 0199')).names).toContain('Contacts:Jane Roe');
    expect((await pop(JANE)).names).not.toContain('Contacts:Jane Roe');
    await zoho.updateRecords('Contacts', [{ id, Phone: '+1 (415) 555-0100' }]);
    await syncTenant(mirrorRuntime(env.stack), 'acme', { force: true });
  });

  it("keeps each tenant's cached state to itself", async () => {
    const acme = await pop(JANE);
    expect(acme.answeredFrom).toBe('mirror');
    // Globex has no mirror: right after Acme's cached pop it still asks its own org, with its own links.
    const globex = await pop(JANE, env.globexAdmin, 'globex');
    expect(globex.answeredFrom).toBe('zoho');
    expect(globex.zohoCalls.every((p) => p.startsWith('/eu/'))).toBe(true);
    expect(globex.names).not.toContain('Contacts:Jane Roe');
    const again = await pop(JANE);
    expect(again.answeredFrom).toBe('mirror');
    expect(again.zohoCalls).toEqual([]);
    expect(again.names).toContain('Contacts:Jane Roe');
  });
});
