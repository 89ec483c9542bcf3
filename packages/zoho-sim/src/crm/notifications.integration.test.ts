import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RunningZohoSim } from '../index.ts';
import { CrmClient, simControl } from './test-support/crm-client.ts';
import { type Hook, startHook } from './test-support/hook-server.ts';
import { errorBody, writeResult, writeSuccess, zonedTime } from './test-support/shapes.ts';
import { accessToken, startSim } from './test-support/sim-session.ts';

const subscribed = z.strictObject({
  watch: z.array(
    z.looseObject({
      code: z.string(),
      status: z.string(),
      message: z.string(),
      details: z.looseObject({
        events: z
          .array(
            z.strictObject({
              channel_expiry: zonedTime,
              resource_uri: z.string(),
              resource_id: z.string(),
              resource_name: z.string(),
              channel_id: z.string(),
            }),
          )
          .optional(),
      }),
    }),
  ),
});

describe('CRM v2 notifications (actions/watch)', () => {
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

  async function createId(module: string, values: Record<string, unknown>): Promise<string> {
    return writeSuccess.parse(
      writeResult.parse((await alice.post(`/${module}`, { data: [values] })).body).data[0],
    ).details.id;
  }

  it('subscribes, then POSTs the documented payload on create, edit and delete', async () => {
    const res = await alice.post('/actions/watch', {
      watch: [
        {
          channel_id: '1000000068001',
          events: ['Leads.create', 'Contacts.all'],
          token: 'verify-me',
          notify_url: `${hook.url}?tenant=acme`,
        },
      ],
    });
    expect(res.status).toBe(201);
    const body = subscribed.parse(res.body);
    expect(body.watch[0]).toMatchObject({
      code: 'SUCCESS',
      status: 'success',
      message: 'Successfully subscribed for actions-watch of the given module',
    });
    expect(body.watch[0]?.details.events?.map((e) => e.resource_name)).toEqual(['Leads', 'Contacts']);

    const leadId = await createId('Leads', { Last_Name: 'Watched' });
    const [created] = await hook.waitFor(1);
    expect(created).toMatchObject({
      module: 'Leads',
      ids: [leadId],
      operation: 'insert',
      channel_id: '1000000068001',
      token: 'verify-me',
      query_params: { tenant: 'acme' },
      affected_fields: [],
      resource_uri: `${sim.dcs.us.api}/crm/v2/Leads`,
    });
    expect(typeof created?.server_time).toBe('number');

    // Leads.edit is not watched: the edit sends nothing, so the next callback is the contact's.
    await alice.put(`/Leads/${leadId}`, { data: [{ Company: 'Quiet' }] });
    const contactId = await createId('Contacts', { Last_Name: 'Watched' });
    await alice.put(`/Contacts/${contactId}`, { data: [{ Email: 'watched@example.com' }] });
    await alice.delete(`/Contacts?ids=${contactId}`);
    const all = await hook.waitFor(4);
    expect(all.slice(1).map((c) => [c.module, c.operation])).toEqual([
      ['Contacts', 'insert'],
      ['Contacts', 'update'],
      ['Contacts', 'delete'],
    ]);
    expect(all[2]?.affected_fields).toEqual([{ [contactId]: ['Email'] }]);
  });

  it('lists channels, removes events with PATCH, unsubscribes with DELETE', async () => {
    const list = await alice.get('/actions/watch');
    expect(list.status).toBe(200);
    const rows = z
      .strictObject({
        watch: z.array(
          z.looseObject({ channel_id: z.string(), resource_name: z.string(), events: z.array(z.string()) }),
        ),
        info: z.unknown(),
      })
      .parse(list.body).watch;
    expect(rows.find((r) => r.resource_name === 'Contacts')?.events).toEqual([
      'Contacts.create',
      'Contacts.edit',
      'Contacts.delete',
    ]);
    const patched = await alice.call('PATCH', '/actions/watch', {
      body: { watch: [{ channel_id: '1000000068001', events: ['Contacts.edit'], _delete_events: true }] },
    });
    expect(subscribed.parse(patched.body).watch[0]?.message).toBe(
      'Successfully removed the subscribe details',
    );
    const after = await alice.get('/actions/watch?module=Contacts');
    expect(JSON.stringify(after.body)).not.toContain('Contacts.edit');
    const replaced = await alice.put('/actions/watch', {
      watch: [
        {
          channel_id: '1000000068001',
          events: ['Contacts.all', 'Deals.create'],
          notify_url: hook.url,
          token: 'v2',
        },
      ],
    });
    expect(replaced.status).toBe(200);
    expect(subscribed.parse(replaced.body).watch[0]?.details.events?.map((e) => e.resource_name)).toEqual([
      'Contacts',
      'Deals',
    ]);
    const unknown = await alice.put('/actions/watch', {
      watch: [{ channel_id: '555', events: ['Deals.create'], notify_url: hook.url }],
    });
    expect(subscribed.parse(unknown.body).watch[0]?.code).toBe('NOT_SUBSCRIBED');
    const gone = await alice.delete('/actions/watch?channel_ids=1000000068001,42');
    expect(gone.status).toBe(207);
    expect(subscribed.parse(gone.body).watch.map((w) => w.code)).toEqual(['SUCCESS', 'NOT_SUBSCRIBED']);
    expect((await alice.get('/actions/watch')).status).toBe(204);
  });

  it('channels expire on the sim clock: default and maximum one hour … one day in v2', async () => {
    const now = Date.parse(String((await simControl(sim, 'GET', '/clock')).body.now));
    const far = new Date(now + 3 * 86_400_000).toISOString();
    const res = await alice.post('/actions/watch', {
      watch: [{ channel_id: '77', events: ['Deals.all'], notify_url: hook.url, channel_expiry: far }],
    });
    const expiry = Date.parse(
      String(subscribed.parse(res.body).watch[0]?.details.events?.[0]?.channel_expiry),
    );
    // The sim clock runs on between the two reads: the hour counts from the request, not from `now`.
    const after = Date.parse(String((await simControl(sim, 'GET', '/clock')).body.now));
    expect(expiry - now).toBeGreaterThan(3_500_000);
    expect(expiry - after).toBeLessThanOrEqual(3_600_000);
    await simControl(sim, 'POST', '/clock', { advance_seconds: 3601 });
    alice = new CrmClient(sim, await accessToken(sim, 'alice@acme.example'));
    expect((await alice.get('/actions/watch')).status).toBe(204);
  });

  it('invalid channels and missing scopes are refused', async () => {
    const bad = await alice.post('/actions/watch', {
      watch: [{ channel_id: '9', events: ['Spaceships.create'], notify_url: hook.url }],
    });
    expect(bad.status).toBe(400);
    expect(subscribed.parse(bad.body).watch[0]).toMatchObject({
      code: 'INVALID_DATA',
      details: { api_name: 'events' },
    });
    const noUrl = await alice.post('/actions/watch', {
      watch: [{ channel_id: '9', events: ['Leads.create'] }],
    });
    expect(subscribed.parse(noUrl.body).watch[0]).toMatchObject({
      code: 'MANDATORY_NOT_FOUND',
      details: { api_name: 'notify_url' },
    });
    const noScope = new CrmClient(
      sim,
      await accessToken(sim, 'alice@acme.example', { scope: 'ZohoCRM.modules.ALL' }),
    );
    const denied = await noScope.post('/actions/watch', {
      watch: [{ channel_id: '9', events: ['Leads.create'], notify_url: hook.url }],
    });
    expect(denied.status).toBe(401);
    expect(errorBody.parse(denied.body).code).toBe('OAUTH_SCOPE_MISMATCH');
  });

  it('a subscriber that never answers does not hold up the API, and stop() cancels the delivery', async () => {
    const stuck = createServer(() => undefined);
    await new Promise<void>((resolve) => stuck.listen(0, '127.0.0.1', resolve));
    const { port } = stuck.address() as AddressInfo;
    await alice.post('/actions/watch', {
      watch: [{ channel_id: '88', events: ['Leads.create'], notify_url: `http://127.0.0.1:${port}/hook` }],
    });
    expect((await alice.post('/Leads', { data: [{ Last_Name: 'Unheard' }] })).status).toBe(201);
    await sim.stop();
    stuck.closeAllConnections();
    await new Promise((resolve) => stuck.close(resolve));
  });
});
