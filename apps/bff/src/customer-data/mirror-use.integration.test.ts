import { getScreenPop, searchZoho } from '@cxc/shared/api/agent-panel';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { disconnect } from '@cxc/shared/api/zoho-connection';
import { ACME_ORG_ID } from '@cxc/zoho-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForEvents } from '../../test/engine-helpers.ts';
import { type EngineStack, everyEvent, startEngineStack } from '../../test/engine-stack.ts';
import { call, ok } from '../../test/settings-api.ts';
import { simRecordCounts, simRequests } from '../../test/start-connected-stack.ts';
import { writeMirrorSettings } from './store/mirror-settings-store.ts';

let env: EngineStack;

beforeAll(async () => {
  env = await startEngineStack({
    settings: (s) => {
      s.channels.web_chat.rules.unshift(everyEvent('chat-started', 'chat.started'));
      s.channels.calls.enabled = true;
    },
  });
  await writeMirrorSettings(
    env.stack.pool,
    'acme',
    { mode: 'cache', modules: ['Leads', 'Contacts', 'Accounts'], intervalMinutes: 5 },
    'test',
  );
  // The engine's own worker (org slots, credit budget), run now instead of on its timer.
  await env.engine?.mirror.runNow('acme');
}, 120_000);
afterAll(async () => {
  await env?.stop();
});

/** The Zoho calls a request made, as `METHOD /path`. */
async function zohoCalls<T>(request: () => Promise<T>): Promise<{ body: T; calls: string[] }> {
  const { lastSeq } = await simRequests(env.sim);
  const body = await request();
  const { requests } = await simRequests(env.sim, lastSeq);
  return {
    body,
    calls: requests.map(
      (r) => `${r.method} ${r.path.replace(/^\/us\/api\/crm\/v2/, '').split('?')[0] ?? ''}`,
    ),
  };
}
const pop = (query: Record<string, string>) =>
  zohoCalls(async () =>
    ok(
      await call(
        env.acmeAdmin,
        getScreenPop,
        { tenantId: 'acme' },
        { query: { channel: 'calls', ...query } },
      ),
    ),
  );

describe('cache mode', () => {
  it('answers the screen pop from the mirror with no Zoho call, in every phone spelling', async () => {
    for (const phone of ['+14155550100', '(415) 555-0100', '001 415 555 0100', '415.555.0100 ext. 7']) {
      const { body, calls } = await pop({ phone });
      expect(calls, phone).toEqual([]);
      expect(body.answeredFrom).toBe('mirror');
      expect(body.asOf).toEqual(expect.any(String));
      expect(
        body.matches.map((m) => `${m.module}:${m.name}`),
        phone,
      ).toContain('Contacts:Jane Roe');
    }
    // A German Lead's `030 1234567` is found by its international spelling.
    const klaus = await pop({ phone: '+49 30 1234567' });
    expect(klaus.calls).toEqual([]);
    expect(klaus.body.matches.map((m) => m.name)).toContain('Klaus Becker');
    const unknown = await pop({ phone: '+1 202 555 0147' });
    expect(unknown.calls).toEqual([]);
    expect(unknown.body.outcome).toBe('not_found');
  });

  it('searches by e-mail in any case from the mirror, and "search Zoho now" asks Zoho', async () => {
    const cached = await zohoCalls(async () =>
      ok(
        await call(
          env.acmeAdmin,
          searchZoho,
          { tenantId: 'acme' },
          { query: { by: 'email', q: 'JANE.ROE@example.com' } },
        ),
      ),
    );
    expect(cached.calls).toEqual([]);
    expect(cached.body.results.map((r) => r.name)).toEqual(['Jane Roe']);
    const live = await zohoCalls(async () =>
      ok(
        await call(
          env.acmeAdmin,
          searchZoho,
          { tenantId: 'acme' },
          { query: { by: 'email', q: 'jane.roe@example.com', source: 'zoho' } },
        ),
      ),
    );
    expect(live.body.answeredFrom).toBe('zoho');
    expect(live.calls.length).toBeGreaterThan(0);
  });

  it('identifies without searching Zoho, and never creates twice a person it has just created', async () => {
    const event = (id: string, conversation: string, email: string) => ({
      ...SAMPLE_EVENTS['chat.started'],
      id,
      visitor: { email, name: 'Ada Mirror', company: 'Mirror Labs' },
      conversation: { ...SAMPLE_EVENTS['chat.started'].conversation, id: conversation },
    });
    const before = await simRecordCounts(env.sim, ACME_ORG_ID);
    const known = await zohoCalls(async () => {
      expect((await env.send(event('m-known', 'conv-m-known', 'jane.roe@example.com'))).status).toBe(202);
      return waitForEvents(env.stack, 'acme', ['m-known']);
    });
    expect(known.body['m-known']?.status).toBe('done');
    expect(known.calls.filter((c) => c.includes('/search') || c.includes('/coql'))).toEqual([]);

    expect((await env.send(event('m-new-1', 'conv-m-new-1', 'ada.mirror@example.org'))).status).toBe(202);
    await waitForEvents(env.stack, 'acme', ['m-new-1']);
    // Another conversation of the same visitor, before any sync: the mirror already has her.
    expect((await env.send(event('m-new-2', 'conv-m-new-2', 'Ada.Mirror@example.org'))).status).toBe(202);
    await waitForEvents(env.stack, 'acme', ['m-new-2']);
    const after = await simRecordCounts(env.sim, ACME_ORG_ID);
    expect((after.Leads ?? 0) - (before.Leads ?? 0)).toBe(1);
  });
});

describe('privacy', () => {
  it('deletes the tenant mirror on disconnect, and leaves other tenants alone', async () => {
    await writeMirrorSettings(
      env.stack.pool,
      'globex',
      { mode: 'cache', modules: ['Contacts'], intervalMinutes: 5 },
      'test',
    );
    await env.engine?.mirror.runNow('globex');
    const count = async (tenant: string) =>
      (
        await env.stack.pool.query<{ n: number }>(
          'select count(*)::int as n from mirror_records where tenant_id = $1',
          [tenant],
        )
      ).rows[0]?.n;
    expect(await count('acme')).toBeGreaterThan(0);
    expect(await count('globex')).toBeGreaterThan(0);
    ok(await call(env.acmeAdmin, disconnect, { tenantId: 'acme' }));
    expect(await count('acme')).toBe(0);
    const { rows } = await env.stack.pool.query(
      'select 1 from mirror_identities where tenant_id = $1 union all select 1 from mirror_sync_state where tenant_id = $1',
      ['acme'],
    );
    expect(rows).toEqual([]);
    expect(await count('globex')).toBeGreaterThan(0);
  });
});
