import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME_ORG_ID, type RunningZohoSim } from '../index.ts';
import { CrmClient, type Json, simControl } from './test-support/crm-client.ts';
import { type Hook, startHook } from './test-support/hook-server.ts';
import { accessToken, startSim } from './test-support/sim-session.ts';

const DAN = '4150868000000225003';

async function simNow(sim: RunningZohoSim): Promise<number> {
  return Date.parse(String((await simControl(sim, 'GET', '/clock')).body.now));
}

describe('sync controls: mixed phones, mass change as another user, notifications', () => {
  let sim: RunningZohoSim;
  let alice: CrmClient;
  let hook: Hook;

  beforeAll(async () => {
    sim = await startSim();
    hook = await startHook();
    alice = new CrmClient(sim, await accessToken(sim, 'alice@acme.example'));
  });
  afterAll(async () => {
    await sim.stop();
    await hook.close();
  });

  it('generates Contacts with phones in every spelling people type, still searchable', async () => {
    const before = (await simControl(sim, 'GET', `/crm/records/${ACME_ORG_ID}/Contacts`)).body
      .records as Json[];
    const gen = await simControl(sim, 'POST', '/generate', {
      org_id: ACME_ORG_ID,
      module: 'Contacts',
      count: 3_000,
      phones: 'mixed',
    });
    expect(gen.body).toMatchObject({ added: 3_000 });
    const all = (await simControl(sim, 'GET', `/crm/records/${ACME_ORG_ID}/Contacts`)).body.records as Json[];
    const made = all.slice(before.length);
    const values = made.map((r) => r.values as Record<string, unknown>);
    const phones = values
      .flatMap((v) => [v.Phone, v.Mobile, v.Home_Phone, v.Other_Phone])
      .filter(Boolean) as string[];
    expect(phones.some((p) => p.startsWith('00'))).toBe(true);
    expect(phones.some((p) => p.startsWith('+'))).toBe(true);
    expect(phones.some((p) => /^\(?0?[1-9]/.test(p))).toBe(true);
    expect(phones.some((p) => / ext\. \d| x\d|;ext=\d| #\d/.test(p))).toBe(true);
    expect(values.some((v) => v.Home_Phone)).toBe(true);
    expect(values.every((v) => typeof v.Mailing_Country === 'string')).toBe(true);
    const sample = phones.find((p) => p.startsWith('00')) ?? '';
    const found = await alice.get(`/Contacts/search?phone=${encodeURIComponent(sample)}`);
    expect(found.status).toBe(200);
  });

  it('mass-changes records as another user: Modified_Time/By move, callbacks carry the token, 100 ids each', async () => {
    const watch = await alice.post('/actions/watch', {
      watch: [{ channel_id: '501', events: ['Contacts.all'], notify_url: hook.url, token: 'sync-token' }],
    });
    expect(watch.status).toBe(201);
    const before = await simNow(sim);
    const since = new Date(before - 1_000).toUTCString();
    await simControl(sim, 'POST', '/clock', { advance_seconds: 2 });
    const res = await simControl(sim, 'POST', '/crm/mass-change', {
      org_id: ACME_ORG_ID,
      module: 'Contacts',
      count: 150,
      as_user: 'dan@acme.example',
      set: { Title: 'Changed elsewhere' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ module: 'Contacts', operation: 'edit', count: 150, by: { id: DAN } });
    const ids = res.body.ids as string[];
    const one = (await alice.get(`/Contacts/${ids[7]}`)).body?.data as Json[];
    expect(one[0]).toMatchObject({ Title: 'Changed elsewhere', Modified_By: { id: DAN } });
    expect(Date.parse(String(one[0]?.Modified_Time))).toBeGreaterThan(before);
    const callbacks = (await hook.waitFor(2)).filter((c) => c.channel_id === '501');
    expect(callbacks.map((c) => (c.ids as string[]).length)).toEqual([100, 50]);
    expect(callbacks[0]).toMatchObject({ operation: 'update', module: 'Contacts', token: 'sync-token' });
    expect(callbacks.flatMap((c) => c.ids as string[]).sort()).toEqual([...ids].sort());
    const changed = await alice.get('/Contacts?per_page=200&fields=Title', { 'If-Modified-Since': since });
    expect((changed.body?.data as Json[]).map((r) => r.id).sort()).toEqual([...ids].sort());
    const later = new Date((await simNow(sim)) + 1_000).toUTCString();
    expect((await alice.get('/Contacts', { 'If-Modified-Since': later })).status).toBe(304);
  });

  it('a mass rename recomputes Full_Name, as every save in Zoho does', async () => {
    const [first] = (await alice.get('/Contacts?per_page=1')).body?.data as Json[];
    await simControl(sim, 'POST', '/crm/mass-change', {
      org_id: ACME_ORG_ID,
      module: 'Contacts',
      ids: [String(first?.id)],
      set: { First_Name: 'Mass', Last_Name: 'Renamed' },
    });
    const renamed = ((await alice.get(`/Contacts/${String(first?.id)}`)).body?.data as Json[])[0];
    expect(renamed).toMatchObject({ First_Name: 'Mass', Last_Name: 'Renamed', Full_Name: 'Mass Renamed' });
  });

  it('mass-deletes into the recycle bin or past it; /deleted lists each type', async () => {
    const ids = ((await alice.get('/Leads?per_page=4')).body?.data as Json[]).map((r) => String(r.id));
    const binned = await simControl(sim, 'POST', '/crm/mass-change', {
      org_id: ACME_ORG_ID,
      module: 'Leads',
      ids: ids.slice(0, 2),
      delete: true,
    });
    expect(binned.body).toMatchObject({ operation: 'delete', count: 2 });
    await simControl(sim, 'POST', '/crm/mass-change', {
      org_id: ACME_ORG_ID,
      module: 'Leads',
      ids: ids.slice(2),
      delete: true,
      permanent: true,
    });
    const rows = async (type: string) =>
      ((await alice.get(`/Leads/deleted?type=${type}`)).body?.data as Json[]).map((r) => [r.id, r.type]);
    expect(await rows('recycle')).toEqual(
      expect.arrayContaining(ids.slice(0, 2).map((id) => [id, 'recycle'])),
    );
    expect(await rows('permanent')).toEqual(
      ids
        .slice(2)
        .reverse()
        .map((id) => [id, 'permanent']),
    );
    expect((await rows('all')).length).toBe(4);
    expect((await alice.get('/Leads/deleted?type=bogus')).status).toBe(400);
    expect((await alice.get(`/Leads/${ids[0]}`)).status).toBe(204);
  });

  it('a renewed channel outlives its first expiry; an expired one is gone', async () => {
    const zoned = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
    const now = await simNow(sim);
    await alice.post('/actions/watch', {
      watch: [
        {
          channel_id: '601',
          events: ['Deals.edit'],
          notify_url: hook.url,
          token: 't601',
          channel_expiry: zoned(now + 600_000),
        },
      ],
    });
    await simControl(sim, 'POST', '/clock', { advance_seconds: 540 });
    const renewed = await alice.put('/actions/watch', {
      watch: [
        {
          channel_id: '601',
          events: ['Deals.edit'],
          notify_url: hook.url,
          token: 't601',
          channel_expiry: zoned(now + 1_800_000),
        },
      ],
    });
    expect(renewed.status).toBe(200);
    await simControl(sim, 'POST', '/clock', { advance_seconds: 300 });
    const seen = hook.received.length;
    await simControl(sim, 'POST', '/crm/mass-change', { org_id: ACME_ORG_ID, module: 'Deals', count: 1 });
    const got = await hook.waitFor(seen + 1);
    expect(got.at(-1)).toMatchObject({ channel_id: '601', token: 't601', operation: 'update' });
    await simControl(sim, 'POST', '/clock', { advance_seconds: 1_000 });
    alice = new CrmClient(sim, await accessToken(sim, 'alice@acme.example'));
    const list = await alice.get('/actions/watch?module=Deals');
    expect(JSON.stringify(list.body ?? {})).not.toContain('"601"');
  });

  it('refuses bad mass-change bodies with the control envelope', async () => {
    const bad = async (body: unknown) => (await simControl(sim, 'POST', '/crm/mass-change', body)).status;
    expect(await bad({ org_id: ACME_ORG_ID, module: 'Contacts' })).toBe(400);
    expect(await bad({ org_id: ACME_ORG_ID, module: 'Contacts', count: 1, ids: ['1'] })).toBe(400);
    expect(await bad({ org_id: 'nope', module: 'Contacts', count: 1 })).toBe(404);
    expect(await bad({ org_id: ACME_ORG_ID, module: 'Nope', count: 1 })).toBe(404);
    expect(await bad({ org_id: ACME_ORG_ID, module: 'Contacts', count: 1, set: { Nope: 'x' } })).toBe(400);
    expect(await bad({ org_id: ACME_ORG_ID, module: 'Contacts', ids: ['123'] })).toBe(404);
    expect(
      await bad({ org_id: ACME_ORG_ID, module: 'Contacts', count: 1, as_user: 'bob@acme.example' }),
    ).toBe(404);
  });
});
