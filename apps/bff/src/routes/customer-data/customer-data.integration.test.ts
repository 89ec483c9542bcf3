import {
  estimateCustomerData,
  getCustomerData,
  reimportCustomerData,
  saveCustomerData,
  testCustomerSearch,
} from '@cxc/shared/api/customer-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editSettings } from '../../../test/engine-helpers.ts';
import { mirrorRuntime } from '../../../test/mirror-runtime.ts';
import { call, failed, ok } from '../../../test/settings-api.ts';
import { type ConnectedStack, startConnectedStack } from '../../../test/start-connected-stack.ts';
import { syncTenant } from '../../customer-data/sync/sync-tenant.ts';
import { recordCredits } from '../../zoho/credits.ts';

let env: ConnectedStack;
const acme = { tenantId: 'acme' };
const cache = { mode: 'cache', modules: ['Leads', 'Contacts', 'Accounts'], intervalMinutes: 1 } as const;

beforeAll(async () => {
  env = await startConnectedStack();
});
afterAll(async () => {
  await env.stop();
});

describe('Settings → Customer data', () => {
  it('starts in auto mode, estimates before saving, and imports once cache mode is saved', async () => {
    const initial = ok(await call(env.acmeAdmin, getCustomerData, acme));
    expect(initial.settings.mode).toBe('auto');
    expect(initial.effectiveMode).toBe('live');
    const every5 = ok(
      await call(env.acmeAdmin, estimateCustomerData, acme, { body: { ...cache, intervalMinutes: 5 } }),
    );
    const every1 = ok(await call(env.acmeAdmin, estimateCustomerData, acme, { body: cache }));
    // One list call and one /deleted call per module and poll.
    expect(every1.creditsPerDay).toBeGreaterThanOrEqual(1440 * 2 * 3);
    expect(every5.creditsPerDay).toBeLessThan(every1.creditsPerDay);
    expect(every1.dailyLimit).toEqual(expect.any(Number));

    const saved = ok(await call(env.acmeAdmin, saveCustomerData, acme, { body: cache }));
    expect(saved.settings).toEqual(cache);
    await syncTenant(mirrorRuntime(env.stack), 'acme');
    const view = ok(await call(env.acmeAdmin, getCustomerData, acme));
    expect(view.effectiveMode).toBe('cache');
    for (const m of view.modules) {
      expect(m.phase).toBe('ready');
      expect(m.records).toBeGreaterThan(0);
      expect(m.progress).toBe(1);
      expect(m.error).toBeNull();
      expect(m.nextSyncAt).toEqual(expect.any(String));
    }
  });

  it('refuses an interval under a minute and unknown modules with field errors', async () => {
    const short = failed(
      await call(env.acmeAdmin, saveCustomerData, acme, { body: { ...cache, intervalMinutes: 0 } }),
    );
    expect(short.status).toBe(400);
    expect(short.issues.map((i) => i.path.join('.'))).toContain('intervalMinutes');
    const odd = failed(
      await call(env.acmeAdmin, saveCustomerData, acme, { body: { ...cache, modules: ['Deals'] } }),
    );
    expect(odd.status).toBe(400);
  });

  it('test search shows what the mirror and Zoho each answer', async () => {
    const phone = ok(await call(env.acmeAdmin, testCustomerSearch, acme, { query: { q: '(415) 555-0100' } }));
    expect(phone.by).toBe('phone');
    expect(phone.mirror.map((h) => h.name)).toEqual(['Jane Roe']);
    expect(phone.zoho.map((h) => h.name)).toEqual(['Jane Roe']);
    expect(phone.mirror[0]?.url).toMatch(/\/crm\/tab\/Contacts\/\d+$/);
    const email = ok(
      await call(env.acmeAdmin, testCustomerSearch, acme, { query: { q: 'KLAUS.BECKER@example.de' } }),
    );
    expect(email.mirror.map((h) => `${h.module}:${h.name}`)).toEqual(['Leads:Klaus Becker']);
    const hostile = ok(await call(env.acmeAdmin, testCustomerSearch, acme, { query: { q: '<b>\u202e' } }));
    expect(hostile.mirror).toEqual([]);
  });

  it('pauses when the credit budget is spent, says so, and resumes by itself once it is not', async () => {
    await editSettings(env.acmeAdmin, 'acme', (s) => (s.automation = { creditBudgetPer24h: 100 }));
    await recordCredits(env.stack.deps, 'acme', 500);
    ok(await call(env.acmeAdmin, reimportCustomerData, { ...acme, module: 'Leads' }));
    const next = await syncTenant(mirrorRuntime(env.stack), 'acme', { force: true });
    expect(next?.getTime()).toBeGreaterThan(Date.now());
    const paused = ok(await call(env.acmeAdmin, getCustomerData, acme));
    const leads = paused.modules.find((m) => m.module === 'Leads');
    expect(leads?.phase).toBe('importing');
    expect(leads?.pausedReason).toMatch(/limit/);
    await editSettings(env.acmeAdmin, 'acme', (s) => (s.automation = {}));
    await syncTenant(mirrorRuntime(env.stack), 'acme', { force: true });
    const resumed = ok(await call(env.acmeAdmin, getCustomerData, acme));
    expect(resumed.modules.find((m) => m.module === 'Leads')).toMatchObject({
      phase: 'ready',
      pausedReason: null,
    });
  });

  it('live mode keeps no copy', async () => {
    ok(await call(env.acmeAdmin, saveCustomerData, acme, { body: { ...cache, mode: 'live' } }));
    const { rows } = await env.stack.pool.query('select 1 from mirror_records where tenant_id = $1 limit 1', [
      'acme',
    ]);
    expect(rows).toEqual([]);
    expect(ok(await call(env.acmeAdmin, getCustomerData, acme)).effectiveMode).toBe('live');
  });

  it('says why Zoho could not be asked as a reason the console translates, not in English', async () => {
    const q = { query: { q: 'jane.roe@example.com' } };
    await env.stack.pool.query(
      `update zoho_connections set status = 'needs_reconnect' where tenant_id = 'acme'`,
    );
    try {
      const answer = ok(await call(env.acmeAdmin, testCustomerSearch, acme, q));
      expect(answer.zoho).toEqual([]);
      expect(answer.zohoError).toBe('needs_reconnect');
    } finally {
      await env.stack.pool.query(`update zoho_connections set status = 'connected' where tenant_id = 'acme'`);
    }
    expect(ok(await call(env.acmeAdmin, testCustomerSearch, acme, q)).zohoError).toBeNull();
  });
});
