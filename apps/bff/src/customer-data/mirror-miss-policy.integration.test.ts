import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForEvents } from '../../test/engine-helpers.ts';
import { type EngineStack, everyEvent, startEngineStack } from '../../test/engine-stack.ts';
import { simRequests } from '../../test/start-connected-stack.ts';
import { writeMirrorSettings } from './store/mirror-settings-store.ts';

let env: EngineStack;

beforeAll(async () => {
  env = await startEngineStack({
    settings: (s) => s.channels.web_chat.rules.unshift(everyEvent('chat-started', 'chat.started')),
  });
  await writeMirrorSettings(
    env.stack.pool,
    'acme',
    { mode: 'cache', modules: ['Leads', 'Contacts', 'Accounts'], intervalMinutes: 5 },
    'test',
  );
  await env.engine?.mirror.runNow('acme');
  // Ten minutes since the last poll: past MIRROR_CONFIRM_AFTER_SECONDS.
  await env.stack.pool.query(
    `update mirror_sync_state set last_sync_at = now() - interval '10 minutes' where tenant_id = 'acme'`,
  );
}, 120_000);
afterAll(async () => {
  await env?.stop();
});

/** The Zoho lookups (COQL, search, record reads) one new visitor's event made. */
async function lookupsOfNewVisitor(id: string): Promise<string[]> {
  const { lastSeq } = await simRequests(env.sim);
  const event = {
    ...SAMPLE_EVENTS['chat.started'],
    id,
    visitor: { email: `${id}@miss.example`, name: 'Miss Policy', company: 'Miss Ltd' },
    conversation: { ...SAMPLE_EVENTS['chat.started'].conversation, id: `conv-${id}` },
  };
  expect((await env.send(event)).status).toBe(202);
  expect((await waitForEvents(env.stack, 'acme', [id]))[id]?.status).toBe('done');
  const { requests } = await simRequests(env.sim, lastSeq);
  return requests
    .filter((r) => r.path.includes('/coql') || r.path.includes('/search') || r.method === 'GET')
    .map((r) => `${r.method} ${r.path.split('?')[0] ?? ''}`);
}

describe('a miss in cache mode', () => {
  it('is confirmed live when no watch channel pushes changes and the last poll is old', async () => {
    await env.stack.pool.query(`delete from mirror_watch_channels where tenant_id = 'acme'`);
    expect((await lookupsOfNewVisitor('miss-unpushed')).length).toBeGreaterThan(0);
  });

  it('is believed (no Zoho lookup) while a watch channel is live, however old the last poll', async () => {
    await env.stack.pool.query(
      `insert into mirror_watch_channels (tenant_id, channel_id, token_hash, events, expires_at)
       values ('acme', '424242', 'x', '{Leads.create}', now() + interval '1 hour')
       on conflict (tenant_id) do update set expires_at = excluded.expires_at`,
    );
    expect(await lookupsOfNewVisitor('miss-pushed')).toEqual([]);
  });
});
