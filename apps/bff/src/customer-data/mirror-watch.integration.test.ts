import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mirrorRuntime } from '../../test/mirror-runtime.ts';
import { type ConnectedStack, simRequests, startConnectedStack } from '../../test/start-connected-stack.ts';
import { getZohoClient } from '../zoho/get-zoho-client.ts';
import { findByIdentity } from './index/find-in-mirror.ts';
import { writeMirrorSettings } from './store/mirror-settings-store.ts';
import { syncTenant } from './sync/sync-tenant.ts';
import { WATCH_CALLBACK_PATH } from './watch/watch-channel.ts';
import { readWatchChannel } from './watch/watch-store.ts';

let env: ConnectedStack;
let notifyUrl: string;

beforeAll(async () => {
  env = await startConnectedStack();
  notifyUrl = `${env.stack.baseUrl}${WATCH_CALLBACK_PATH}`;
  await writeMirrorSettings(
    env.stack.pool,
    'acme',
    { mode: 'cache', modules: ['Leads', 'Contacts'], intervalMinutes: 1 },
    'test',
  );
  await syncTenant(mirrorRuntime(env.stack, { notifyUrl }), 'acme');
}, 120_000);
afterAll(async () => {
  await env.stop();
});

const post = (body: unknown) =>
  env.stack.fetch(WATCH_CALLBACK_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const lastNames = async (kind: 'phone' | 'email', key: string) =>
  (await findByIdentity(env.stack.pool, 'acme', ['Leads', 'Contacts'], { kind, key })).map((h) =>
    String(h.record.Last_Name),
  );
/** Waits (bounded) until the mirror shows what a callback brought; no duration is asserted. */
async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 200; i += 1) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}
const watchCalls = async (since: number) =>
  (await simRequests(env.sim, since)).requests
    .filter((r) => r.path.includes('/actions/watch'))
    .map((r) => r.method);

describe('Notification API watch', () => {
  it('subscribes a channel for the mirrored modules and applies pushed changes and deletions', async () => {
    const channel = await readWatchChannel(env.stack.pool, 'acme');
    expect(channel?.events.sort()).toEqual(
      [
        'Contacts.create',
        'Contacts.delete',
        'Contacts.edit',
        'Leads.create',
        'Leads.delete',
        'Leads.edit',
      ].sort(),
    );
    const zoho = await getZohoClient(env.stack.deps, 'acme');
    const created = await zoho.insertRecords('Leads', [
      { Last_Name: 'Pushkin', Company: 'Push Ltd', Email: 'Push.Kin@Example.net', Phone: '+1 415 555 0321' },
    ]);
    const id = String(created.results[0]?.details.id);
    expect(await eventually(async () => (await lastNames('email', 'push.kin@example.net')).length > 0)).toBe(
      true,
    );
    await zoho.updateRecords('Leads', [{ id, Phone: '+1 415 555 0322' }]);
    expect(await eventually(async () => (await lastNames('phone', '+14155550322')).includes('Pushkin'))).toBe(
      true,
    );
    await zoho.deleteRecords('Leads', [id]);
    expect(await eventually(async () => (await lastNames('phone', '+14155550322')).length === 0)).toBe(true);
  });

  it('refuses forged, unknown and expired channels with 403 and no detail, and malformed bodies with 400', async () => {
    const channel = await readWatchChannel(env.stack.pool, 'acme');
    const body = { channel_id: channel!.channelId, module: 'Leads', operation: 'delete', ids: ['1'] };
    const forged = await post({ ...body, token: 'guessed-token' });
    const unknown = await post({ ...body, channel_id: '999', token: 'guessed-token' });
    const missing = await post(body);
    for (const response of [forged, unknown, missing]) {
      expect(response.status).toBe(403);
      const text = await response.text();
      expect(text).not.toMatch(/token|channel|acme/i);
    }
    expect((await post({ ...body, ids: 'nope' })).status).toBe(400);
    expect((await post('x')).status).toBe(400);
  });

  it('renews an expiring channel once, even when two instances run the check at once', async () => {
    await env.stack.pool.query(
      `update mirror_watch_channels set expires_at = now() + interval '10 minutes' where tenant_id = 'acme'`,
    );
    const { lastSeq } = await simRequests(env.sim);
    await Promise.all([
      syncTenant(mirrorRuntime(env.stack, { notifyUrl }), 'acme', { force: true }),
      syncTenant(mirrorRuntime(env.stack, { notifyUrl }), 'acme', { force: true }),
    ]);
    expect(await watchCalls(lastSeq)).toEqual(['PATCH']);
    const renewed = await readWatchChannel(env.stack.pool, 'acme');
    expect(renewed!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 22 * 3600_000);
    // The renewed channel still delivers.
    const zoho = await getZohoClient(env.stack.deps, 'acme');
    await zoho.insertRecords('Contacts', [{ Last_Name: 'Renewed', Email: 'renewed@example.org' }]);
    expect(await eventually(async () => (await lastNames('email', 'renewed@example.org')).length > 0)).toBe(
      true,
    );
  });

  it('disables the channel at Zoho on disconnect and purges it', async () => {
    const channel = await readWatchChannel(env.stack.pool, 'acme');
    const { lastSeq } = await simRequests(env.sim);
    const response = await env.acmeAdmin.fetch('/api/tenants/acme/zoho/connection', {
      method: 'DELETE',
    });
    expect(response.status).toBe(200);
    expect(await watchCalls(lastSeq)).toEqual(['DELETE']);
    expect(await readWatchChannel(env.stack.pool, 'acme')).toBeNull();
    const stale = await post({
      channel_id: channel!.channelId,
      token: 'x',
      module: 'Leads',
      operation: 'delete',
      ids: ['1'],
    });
    expect(stale.status).toBe(403);
  });
});
