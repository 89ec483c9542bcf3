import { ZOHO_SCOPES } from '@cxc/shared/api/zoho-connection';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connectTenantToSim } from '../../test/connect-tenant-to-sim.ts';
import { mirrorRuntime } from '../../test/mirror-runtime.ts';
import { type ConnectedStack, simRequests, startConnectedStack } from '../../test/start-connected-stack.ts';
import { writeMirrorSettings } from './store/mirror-settings-store.ts';
import { readSyncStates } from './store/sync-state-store.ts';
import { syncTenant } from './sync/sync-tenant.ts';
import { WATCH_CALLBACK_PATH } from './watch/watch-channel.ts';
import { readWatchChannel } from './watch/watch-store.ts';

let env: ConnectedStack;

beforeAll(async () => {
  env = await startConnectedStack();
  // A connection made before the connector asked for Zoho's notifications scope.
  await connectTenantToSim(env.stack, env.sim, env.globexAdmin, {
    userEmail: 'zoho-admin@globex.example',
    dataCenterId: 'sim-eu',
    scopes: ZOHO_SCOPES.filter((scope) => !/notifications/i.test(scope)),
  });
  await writeMirrorSettings(
    env.stack.pool,
    'globex',
    { mode: 'cache', modules: ['Contacts'], intervalMinutes: 1 },
    'test',
  );
}, 120_000);
afterAll(async () => {
  await env.stop();
});

it('asks a connection without the notifications scope for a watch once, then polls without asking again', async () => {
  const runtime = mirrorRuntime(env.stack, { notifyUrl: `${env.stack.baseUrl}${WATCH_CALLBACK_PATH}` });
  const { lastSeq } = await simRequests(env.sim);
  await syncTenant(runtime, 'globex');
  await syncTenant(runtime, 'globex');
  await syncTenant(runtime, 'globex');
  const watchCalls = (await simRequests(env.sim, lastSeq)).requests.filter((r) =>
    r.path.includes('/actions/watch'),
  );
  expect(watchCalls.map((r) => r.status)).toEqual([401]);
  expect(await readWatchChannel(env.stack.pool, 'globex')).toBeNull();
  // Polling carries the mirror meanwhile: the import went on.
  const states = await readSyncStates(env.stack.pool, 'globex');
  const contacts = states.find((state) => state.module === 'Contacts');
  expect(contacts?.error ?? null).toBeNull();
  expect(contacts?.imported).toBeGreaterThan(0);
});
